import { buildCandidateInput, type CandidateInput } from '@kansplek/seed';
import { updateDocument } from '../database/document-lock';
import type { ApiClient } from '../test/api-client';
import type { TestApp, TestRegion, TestUser } from '../test/test-app';
import { CandidateModel } from './candidates.model';

export interface RegionDesk {
  region: TestRegion;
  consultantUser: TestUser;
  consultant: ApiClient;
}

/** A region with a signed-in consultant of its service point. */
export async function openRegionDesk(app: TestApp): Promise<RegionDesk> {
  const region = await app.createRegion();
  const consultantUser = await app.createUser({ role: 'consultant', organisationId: region.servicePointId });
  return { region, consultantUser, consultant: await app.signIn(consultantUser) };
}

/** Registers a candidate through the API and returns the stored detail (asserting success). */
export async function registerCandidate(consultant: ApiClient, overrides: Partial<CandidateInput> = {}) {
  const res = await consultant.post('/api/candidates', buildCandidateInput(overrides));
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: string; version: number; [key: string]: unknown };
}

/**
 * Sets the day a candidate's wait began, which no API route sets to a past day. Through
 * updateDocument, under the document's lock: on FerretDB a write outside it can be lost to the
 * search sync marking the same candidate indexed at that moment (see document-lock.ts).
 */
export async function backdateWait(candidateId: unknown, waitingSince: string) {
  await updateDocument(CandidateModel, { _id: candidateId }, { $set: { waitingSince } });
}

/** Invites the candidate through the consultant, accepts the link and returns their signed-in client. */
export async function signInAsCandidate(app: TestApp, consultant: ApiClient, candidateId: string) {
  const current = await consultant.get(`/api/candidates/${candidateId}`);
  const invited = await consultant.post(`/api/candidates/${candidateId}/account`, {
    version: current.body.data.version,
  });
  if (invited.status !== 201)
    throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const token = new URL(invited.body.data.inviteUrl).searchParams.get('token');
  const client = app.anonymous();
  const accepted = await client.post('/api/auth/invitations/accept', {
    token,
    password: 'kandidaat-wachtwoord-1',
  });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status}`);
  // Accepting starts a new session, which has a CSRF token of its own.
  await client.refreshCsrf();
  return { client, userId: invited.body.data.user.id as string };
}

export const issuePaths = (body: { error?: { details?: { issues?: Array<{ path: string }> } } }) =>
  (body.error?.details?.issues ?? []).map((issue) => issue.path);
