import { ZDataOf, ZMatch, type TMatch, type TRescheduleInterview } from '@kansplek/api/contract';
import { apiClient } from '@/lib/api-client';
import { useMatchMutation } from './match-mutation';

export type TRescheduleInterviewInput = TRescheduleInterview & { id: string };

/** Moves the planned interview to another date, time or place. */
export async function rescheduleInterview({ id, ...body }: TRescheduleInterviewInput): Promise<TMatch> {
  const answer = await apiClient.put(`/api/matches/${encodeURIComponent(id)}/interview`, {
    body,
    schema: ZDataOf(ZMatch),
  });
  return answer.data;
}

export function useRescheduleInterview() {
  return useMatchMutation(rescheduleInterview);
}
