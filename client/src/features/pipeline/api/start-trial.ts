import type { TMatch, TStartTrial } from '@kansplek/api/contract';
import { postMatchStep, useMatchMutation } from './match-mutation';

export type TStartTrialInput = TStartTrial & { id: string };

/** Starts the trial period (proefplaatsing) with the contractor's intent to employ. */
export function startTrial({ id, ...body }: TStartTrialInput): Promise<TMatch> {
  return postMatchStep(id, 'trial', body);
}

export function useStartTrial() {
  return useMatchMutation(startTrial);
}
