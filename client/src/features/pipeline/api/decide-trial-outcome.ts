import type { TMatch, TTrialOutcome } from '@kansplek/api/contract';
import { postMatchStep, useMatchMutation } from './match-mutation';

export type TTrialOutcomeInput = TTrialOutcome & { id: string };

/** How the trial ends: hired (with the employment), extended, or stopped with a reason. */
export function decideTrialOutcome({ id, ...body }: TTrialOutcomeInput): Promise<TMatch> {
  return postMatchStep(id, 'trial/outcome', body);
}

export function useDecideTrialOutcome() {
  return useMatchMutation(decideTrialOutcome);
}
