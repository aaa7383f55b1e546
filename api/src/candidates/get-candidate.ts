import type { SessionUser } from '../http/session-user';
import type { TCandidate } from '../contract';
import { findVisibleCandidate } from './candidate-records';
import { revealCandidateDetail } from './candidates.presenter';

/** The full profile, sensitive fields included; the presenter writes the read to the audit log. */
export async function getCandidate(user: SessionUser, id: string): Promise<TCandidate> {
  return revealCandidateDetail(user, await findVisibleCandidate(user, id));
}
