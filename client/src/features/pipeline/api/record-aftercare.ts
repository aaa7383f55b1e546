import type { TAftercareCheckIn, TMatch } from '@kansplek/api/contract';
import { postMatchStep, useMatchMutation } from './match-mutation';

export type TRecordAftercareInput = TAftercareCheckIn & { id: string };

/** An aftercare check-in at 1, 3, 6 or 12 months: is the candidate still employed? */
export function recordAftercare({ id, ...body }: TRecordAftercareInput): Promise<TMatch> {
  return postMatchStep(id, 'employment/aftercare', body);
}

export function useRecordAftercare() {
  return useMatchMutation(recordAftercare);
}
