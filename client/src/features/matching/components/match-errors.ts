import { isApiError } from '@/lib/api-client';

/**
 * What a refused "create match" means: 409 when the candidate already has a match for the place, 422
 * when a hand-added candidate has not consented to matching. The status decides, because the code word
 * (`match_exists`, `no_consent`) is not among the contract's error codes the client can read.
 */
export function createMatchProblem(error: unknown): 'exists' | 'no_consent' | null {
  if (!isApiError(error)) return null;
  if (error.status === 409 && error.code !== 'stale_version') return 'exists';
  const said = `${JSON.stringify(error.details ?? '')} ${error.message}`;
  if (error.status === 422 && (said.includes('consent') || error.code === 'unexpected_response')) {
    return 'no_consent';
  }
  return null;
}
