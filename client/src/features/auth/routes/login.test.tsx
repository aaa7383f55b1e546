import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer, type RecordedRequest } from '@/testing/fake-fetch';
import { meAs } from '@/testing/fixtures';
import { renderPage } from '@/testing/render';
import { LoginRoute } from './login';

const consultant = meAs('consultant');
const unauthenticated = { status: 401, body: { error: { code: 'unauthenticated', message: 'Sign in' } } };

/** The API: no session yet, the password step's answer, then the code step's answers in turn. */
function serveSignIn(afterPassword: FakeAnswer, codeAnswers: FakeAnswer[] = []) {
  let csrf = 0;
  return installFakeFetch((request: RecordedRequest) => {
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: `csrf-${++csrf}` } } };
    if (request.url === '/api/me') return unauthenticated;
    if (request.url === '/api/auth/login') return afterPassword;
    if (request.url === '/api/auth/second-factor') return codeAnswers.shift() ?? unauthenticated;
    return { status: 404, body: { error: { code: 'not_found', message: 'no' } } };
  });
}

async function givePassword() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('E-mailadres'), consultant.email);
  await user.type(screen.getByLabelText('Wachtwoord'), 'Kansplek-demo-2026');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  return user;
}

beforeEach(() => resetCsrfToken());

describe('signing in with a second factor', () => {
  it('when the password is right and a factor is set up, then it asks for the code, says in Dutch when it is wrong, and signs in with the right one', async () => {
    const wrongCode = {
      status: 401,
      body: {
        error: {
          code: 'second_factor_invalid',
          message: 'The code is not valid',
          details: {
            issues: [{ path: 'body.code', code: 'second_factor_invalid', message: 'The code is not valid' }],
          },
        },
      },
    };
    const { requests } = serveSignIn({ status: 200, body: { data: { next: 'second_factor' } } }, [
      wrongCode,
      { status: 200, body: { data: consultant } },
    ]);
    const { router } = renderPage(<LoginRoute />, { path: '/inloggen?terug=%2Fkandidaten' });

    const user = await givePassword();
    const heading = await screen.findByRole('heading', { name: 'Stap 2: code uit uw app' });
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByLabelText('Wachtwoord')).toBeNull();

    await user.type(screen.getByLabelText('Code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    const code = screen.getByLabelText('Code');
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${code.id}-error`)?.textContent).toBe(
      'Deze code klopt niet of is al gebruikt. Vul de code in die uw app nu toont.',
    );
    expect(code).toHaveProperty('value', '123456');

    await user.clear(code);
    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/kandidaten'));

    const codeRequests = requests.filter((r) => r.url === '/api/auth/second-factor');
    expect(codeRequests.map((r) => r.body)).toEqual([{ code: '123456' }, { code: '654321' }]);
    // The password step began a new session: the code went with that session's token, not the first.
    expect(codeRequests[0]!.headers['x-csrf-token']).toBe('csrf-2');
  });

  it('when staff have no factor yet, then the password leads to setting one up, keeping where they were going', async () => {
    serveSignIn({ status: 200, body: { data: { next: 'second_factor_enrolment' } } });
    const { router } = renderPage(<LoginRoute />, { path: '/inloggen?terug=%2Fkandidaten' });
    await givePassword();
    await waitFor(() => expect(router.state.location.pathname).toBe('/tweede-factor-instellen'));
    expect(router.state.location.search).toBe('?terug=%2Fkandidaten');
  });
});
