import type { TEndEmployment, TMatch } from '@kansplek/api/contract';
import { postMatchStep, useMatchMutation } from './match-mutation';

export type TEndEmploymentInput = TEndEmployment & { id: string };

/** The employment ended (early or as planned); the candidate returns to the pool. */
export function endEmployment({ id, ...body }: TEndEmploymentInput): Promise<TMatch> {
  return postMatchStep(id, 'employment/end', body);
}

export function useEndEmployment() {
  return useMatchMutation(endEmployment);
}
