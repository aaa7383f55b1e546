import type { TMatch, TTrialCheckIn } from '@kansplek/api/contract';
import { postMatchStep, useMatchMutation } from './match-mutation';

export type TRecordCheckInInput = TTrialCheckIn & { id: string };

/** A check-in during the trial: four ratings from 1 to 5 and a note. */
export function recordCheckIn({ id, ...body }: TRecordCheckInInput): Promise<TMatch> {
  return postMatchStep(id, 'trial/check-ins', body);
}

export function useRecordCheckIn() {
  return useMatchMutation(recordCheckIn);
}
