import type { TMatch, ZTransitionMatch } from '@kansplek/api/contract';
import type { z } from 'zod';
import { postMatchStep, useMatchMutation } from './match-mutation';

export type TTransitionMatchInput = z.input<typeof ZTransitionMatch> & { id: string };

/** Shortlist, invite to an interview, decline or withdraw; `version` is what the user saw. */
export function transitionMatch({ id, ...body }: TTransitionMatchInput): Promise<TMatch> {
  return postMatchStep(id, 'transitions', body);
}

export function useTransitionMatch() {
  return useMatchMutation(transitionMatch);
}
