import type { TMe, TSignInResult } from '@kansplek/api/contract';

/** The password step either signed in (the user) or names the step still to take. */
export function isSignedIn(result: TSignInResult): result is TMe {
  return 'id' in result;
}
