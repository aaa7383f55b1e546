import type { TMatch, ZRequestIntroduction } from '@kansplek/api/contract';
import type { z } from 'zod';
import { postMatchStep, useMatchMutation } from './match-mutation';

export type TRequestIntroductionInput = z.input<typeof ZRequestIntroduction> & { id: string };

/** A consultant asks the candidate to consent to an introduction to the contractor. */
export function requestIntroduction({ id, ...body }: TRequestIntroductionInput): Promise<TMatch> {
  return postMatchStep(id, 'introduction', body);
}

export function useRequestIntroduction() {
  return useMatchMutation(requestIntroduction);
}
