import type { SessionUser } from '../http/session-user';
import type { TCandidate, TOwnCandidateProfile, TRecordCandidateConsent } from '../contract';
import { withholdMailAbout } from '../mail/withhold-mail';
import { findOwnCandidate, findVisibleCandidate, saveCandidateChange } from './candidate-records';
import type { CandidateDoc } from './candidates.model';
import {
  loadCandidateRelations,
  presentOwnCandidateProfile,
  revealCandidateDetail,
} from './candidates.presenter';

/**
 * Stores the current state of one consent and appends it to the history, in one atomic update that
 * also bumps `searchVersion`: a withdrawal takes effect at once, for the next read and for matching.
 */
async function storeConsent(
  actor: SessionUser,
  current: CandidateDoc,
  input: TRecordCandidateConsent,
  inPerson: boolean,
): Promise<CandidateDoc> {
  const entry = {
    given: input.given,
    at: new Date(),
    byId: actor.id,
    byName: actor.name,
    byRole: actor.role,
    inPerson,
  };
  const saved = await saveCandidateChange(current, input.version, {
    $set: { [`consent.${input.kind}`]: entry },
    $push: { consentHistory: { kind: input.kind, ...entry } },
  });
  // Mail to employers about the candidate that has not gone out yet stays unsent, as the screens hide them.
  if (input.kind === 'sharing' && !input.given) await withholdMailAbout(saved._id, 'sharing');
  return saved;
}

/** A consultant records consent the candidate gave (or withdrew) in person. */
export async function recordCandidateConsent(
  user: SessionUser,
  id: string,
  input: TRecordCandidateConsent,
): Promise<TCandidate> {
  const current = await findVisibleCandidate(user, id);
  return revealCandidateDetail(user, await storeConsent(user, current, input, true));
}

/** The candidate gives or withdraws a consent themselves. */
export async function recordOwnConsent(
  user: SessionUser,
  input: TRecordCandidateConsent,
): Promise<TOwnCandidateProfile> {
  const current = await findOwnCandidate(user);
  const updated = await storeConsent(user, current, input, false);
  return presentOwnCandidateProfile(updated, await loadCandidateRelations([updated]));
}
