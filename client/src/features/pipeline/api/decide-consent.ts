import type { TMatch, ZConsentDecision } from '@kansplek/api/contract';
import type { z } from 'zod';
import { postMatchStep, useMatchMutation } from './match-mutation';

export type TDecideConsentInput = z.input<typeof ZConsentDecision> & { id: string };

/** The candidate's answer to an introduction: theirs in the app, or given in person (consultant). */
export function decideConsent({ id, ...body }: TDecideConsentInput): Promise<TMatch> {
  return postMatchStep(id, 'consent', body);
}

export function useDecideConsent() {
  return useMatchMutation(decideConsent);
}
