import { CandidateModel } from '../candidates/candidates.model';
import { addMonths } from '../contract';
import { dutchToday } from '../contracts/today';
import {
  contractorWithContract,
  openCleaningPlace,
  registerMatchable,
} from './proposals/proposals.test-support';
import { placeFixtures } from '../places/place-fixtures';
import { ReminderModel } from '../reminders/reminders.model';
import type { ApiClient } from '../test/api-client';
import type { TestApp } from '../test/test-app';

const ok = (res: { status: number; body: unknown }, what: string) => {
  if (res.status >= 300) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { data: { id: string; version: number } };
};

export interface PipelineDesk {
  consultant: ApiClient;
  contractor: ApiClient;
  contractId: string;
  /** A contractor in the same region that takes no part in the desk's matches. */
  otherContractor: ApiClient;
}

/** A region with a consultant, a contractor with an active contract, and a second contractor. */
export async function openPipelineDesk(app: TestApp): Promise<PipelineDesk> {
  const region = await app.createRegion();
  const consultant = await placeFixtures(app).signInConsultant(region);
  const { client: contractor, contractId } = await contractorWithContract(app, region);
  const { client: otherContractor } = await contractorWithContract(app, region);
  return { consultant, contractor, contractId, otherContractor };
}

/** A matchable candidate who also consented to sharing with employers (needed to be introduced). */
export async function registerIntroducible(
  consultant: ApiClient,
  overrides: Parameters<typeof registerMatchable>[1] = {},
): Promise<string> {
  const id = await registerMatchable(consultant, overrides);
  const current = await consultant.get(`/api/candidates/${id}`);
  ok(
    await consultant.put(`/api/candidates/${id}/consent`, {
      kind: 'sharing',
      given: true,
      version: current.body.data.version,
    }),
    'sharing consent',
  );
  return id;
}

export interface InterviewMatch {
  id: string;
  version: number;
  candidateId: string;
  placeId: string;
}

/**
 * A match at `interview`, walked there through the API: shortlisted by the consultant, introduced with
 * consent given in person, then moved to interview by the contractor. A new candidate and place unless given.
 */
export async function matchAtInterview(
  desk: PipelineDesk,
  given: { candidateId?: string; placeId?: string } = {},
): Promise<InterviewMatch> {
  const placeId = given.placeId ?? (await openCleaningPlace(desk.contractor, desk.contractId)).id;
  const candidateId = given.candidateId ?? (await registerIntroducible(desk.consultant));
  const created = ok(
    await desk.consultant.post(`/api/places/${placeId}/matches`, {
      candidateId,
      action: 'shortlist',
      source: 'manual',
    }),
    'shortlist',
  );
  const id = created.data.id;
  const asked = ok(
    await desk.consultant.post(`/api/matches/${id}/introduction`, { version: created.data.version }),
    'introduction',
  );
  const consented = ok(
    await desk.consultant.post(`/api/matches/${id}/consent`, {
      version: asked.data.version,
      given: true,
      inPerson: true,
    }),
    'consent',
  );
  const interview = ok(
    await desk.contractor.post(`/api/matches/${id}/transitions`, {
      to: 'interview',
      version: consented.data.version,
      interview: interviewPlan(),
    }),
    'interview',
  );
  return { id, version: interview.data.version, candidateId, placeId };
}

export const today = () => dutchToday();

/** An interview a week from today, 10:00–11:00, at the place's address. */
export const interviewPlan = (overrides: Record<string, string> = {}) => ({
  date: daysFromToday(7),
  startTime: '10:00',
  endTime: '11:00',
  location: 'Markt 1, Arnhem',
  ...overrides,
});
export const monthsFromToday = (months: number) => addMonths(dutchToday(), months);
export const daysFromToday = (days: number) =>
  new Date(Date.parse(`${dutchToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A trial start as the contractor records it (intent to employ given). */
export const trialStart = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  startDate: today(),
  intentToEmploy: true,
  ...overrides,
});

export const storedCandidate = (id: string) => CandidateModel.findById(id).lean();

/** The match's reminders, as `key → status`. */
export async function remindersOf(matchId: string): Promise<Record<string, string>> {
  const reminders = await ReminderModel.find({ matchId }).lean();
  return Object.fromEntries(reminders.map((r) => [r.key, r.status]));
}

export const kindsOf = async (client: ApiClient) =>
  ((await client.get('/api/notifications')).body.data as Array<{ kind: string; title: string }>).map(
    (n) => `${n.kind}: ${n.title}`,
  );
