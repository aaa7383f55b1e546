import { DEMO_TOTP_SECRET } from '@kansplek/seed';
import { codeForSignIn } from '../support/totp';

export interface FuzzSession {
  /** The value of the session cookie (`kansplek.sid`), as the server set it. */
  sessionId: string;
  /** The session's CSRF token, sent as `x-csrf-token` on writes. */
  csrfToken: string;
}

/** The `name=value` part of each Set-Cookie header. */
function cookieOf(response: Response, previous = ''): string {
  const cookies = response.headers.getSetCookie().map((header) => header.split(';')[0]!);
  return cookies.length ? cookies.join('; ') : previous;
}

async function csrfToken(baseUrl: string, cookie: string): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers: cookie ? { cookie } : {} });
  if (!response.ok) throw new Error(`GET /api/auth/csrf: ${response.status}`);
  const body = (await response.json()) as { data: { token: string } };
  return { token: body.data.token, cookie: cookieOf(response, cookie) };
}

/** Staff's second step: a code from the demo accounts' documented secret, in the half-signed session. */
async function secondStep(baseUrl: string, email: string, cookie: string): Promise<string> {
  const half = await csrfToken(baseUrl, cookie);
  const response = await fetch(`${baseUrl}/api/auth/second-factor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: half.cookie, 'x-csrf-token': half.token },
    body: JSON.stringify({ code: await codeForSignIn(email, DEMO_TOTP_SECRET) }),
  });
  if (!response.ok) throw new Error(`second step as ${email}: ${response.status} ${await response.text()}`);
  return cookieOf(response, half.cookie);
}

/**
 * Signs in as a client does: a CSRF token for the anonymous session, the sign-in (which starts a new
 * session), for staff the second step with the demo code, then the signed-in session's token.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<FuzzSession> {
  const anonymous = await csrfToken(baseUrl, '');
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: anonymous.cookie,
      'x-csrf-token': anonymous.token,
    },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email}: ${response.status} ${await response.text()}`);
  let cookie = cookieOf(response, anonymous.cookie);
  const { data } = (await response.json()) as { data: { next?: string | null } };
  if (data.next === 'second_factor') cookie = await secondStep(baseUrl, email, cookie);
  else if (data.next) throw new Error(`sign-in as ${email} stops at ${data.next}`);
  const signedIn = await csrfToken(baseUrl, cookie);
  const sessionId = /(?:^|; )kansplek\.sid=([^;]+)/.exec(signedIn.cookie)?.[1];
  if (!sessionId) throw new Error(`sign-in as ${email} set no session cookie`);
  return { sessionId, csrfToken: signedIn.token };
}
