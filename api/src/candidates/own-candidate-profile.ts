import type { SessionUser } from '../http/session-user';
import type { TOwnCandidateProfile, TUpdateOwnCandidateProfile } from '../contract';
import { definedOnly, findOwnCandidate, saveCandidateChange } from './candidate-records';
import { loadCandidateRelations, presentOwnCandidateProfile } from './candidates.presenter';

export async function getOwnCandidateProfile(user: SessionUser): Promise<TOwnCandidateProfile> {
  const doc = await findOwnCandidate(user);
  return presentOwnCandidateProfile(doc, await loadCandidateRelations([doc]));
}

/** Candidates keep their preferences, availability and hours up to date; the schema refuses anything else. */
export async function updateOwnCandidateProfile(
  user: SessionUser,
  input: TUpdateOwnCandidateProfile,
): Promise<TOwnCandidateProfile> {
  const current = await findOwnCandidate(user);
  const { version, ...changes } = input;
  const updated = await saveCandidateChange(current, version, { $set: definedOnly(changes) });
  return presentOwnCandidateProfile(updated, await loadCandidateRelations([updated]));
}
