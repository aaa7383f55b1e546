import type { TMe } from '@kansplek/api/contract';
import type { FakeAnswer, RecordedRequest } from '@/testing/fake-fetch';
import { contractFixture, meAs, pageOf } from '@/testing/fixtures';

export const WERKPLAATS = {
  id: '665f1c2ab5c0f1a2b3c4d5e8',
  kind: 'social_enterprise',
  name: 'De Werkplaats Arnhem',
} as const;

/** The API as the efforts screens meet it: the user, a CSRF token, the options, and the test's answers. */
export function effortsApi(role: TMe['role'], answer: (request: RecordedRequest) => FakeAnswer | undefined) {
  return (request: RecordedRequest): FakeAnswer => {
    if (request.url === '/api/me') return { status: 200, body: { data: meAs(role) } };
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    if (request.url === '/api/efforts/social-enterprises') return { status: 200, body: pageOf([WERKPLAATS]) };
    if (request.url.startsWith('/api/contracts?status=active'))
      return { status: 200, body: pageOf([contractFixture()]) };
    if (request.url.startsWith('/api/contracts?')) return { status: 200, body: pageOf([]) };
    return answer(request) ?? { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } };
  };
}
