import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer } from '@/testing/fake-fetch';
import { meAs } from '@/testing/fixtures';
import { renderPage } from '@/testing/render';
import { meQueryKey } from '../api/get-me';
import { SecondFactorEnrolmentRoute } from './second-factor-enrolment';

const SECRET = 'KANSPLEKDEMOKANSPLEKDEMOKANSPLEK';
const otpauthUri = `otpauth://totp/Kansplek:consultant%40kansplek.nl?issuer=Kansplek&secret=${SECRET}&algorithm=SHA1&digits=6&period=30`;
const recoveryCodes = ['abcde-fghjk', 'mnpqr-stuvw'];

function serveEnrolment(confirmAnswers: FakeAnswer[]) {
  return installFakeFetch((request) => {
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    if (request.url === '/api/auth/second-factor/enrolment')
      return { status: 200, body: { data: { secret: SECRET, otpauthUri } } };
    if (request.url === '/api/auth/second-factor/enrolment/confirm')
      return (
        confirmAnswers.shift() ?? { status: 500, body: { error: { code: 'internal_error', message: '' } } }
      );
    return { status: 404, body: { error: { code: 'not_found', message: 'no' } } };
  });
}

beforeEach(() => resetCsrfToken());

describe('setting up a second factor at sign-in', () => {
  it('when the page opens, then it shows the QR code and the key as text; a right code shows the recovery codes once and signs in', async () => {
    const refused = {
      status: 422,
      body: {
        error: {
          code: 'second_factor_invalid',
          message: 'The code is not valid',
          details: { issues: [{ path: 'body.code', code: 'second_factor_invalid', message: 'no' }] },
        },
      },
    };
    const me = meAs('consultant');
    const { requests } = serveEnrolment([refused, { status: 200, body: { data: { me, recoveryCodes } } }]);
    const { router, queryClient } = renderPage(<SecondFactorEnrolmentRoute />, {
      path: '/tweede-factor-instellen?terug=%2Fkandidaten',
    });

    const qr = await screen.findByRole('img', {
      name: 'QR-code om Kansplek aan uw authenticator-app toe te voegen',
    });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    // For those who cannot scan: the key as text, in groups of four.
    expect(screen.getByText('KANS PLEK DEMO KANS PLEK DEMO KANS PLEK')).toBeTruthy();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Code uit de app'), '12345');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    // Checked before sending: six digits.
    expect(requests.filter((r) => r.url.endsWith('/confirm'))).toHaveLength(0);

    await user.type(screen.getByLabelText('Code uit de app'), '6');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(
      await screen.findByText('Deze code klopt niet of is al gebruikt. Vul de code in die uw app nu toont.', {
        selector: '.utrecht-form-field-error-message',
      }),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    const heading = await screen.findByRole('heading', { name: 'Uw herstelcodes' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(recoveryCodes);
    expect(screen.queryByLabelText('Code uit de app')).toBeNull();
    expect(queryClient.getQueryData(meQueryKey)).toEqual(me);

    await user.click(screen.getByRole('link', { name: 'Ik heb de codes bewaard, ga verder' }));
    expect(router.state.location.pathname).toBe('/kandidaten');
    expect(requests.filter((r) => r.url === '/api/auth/second-factor/enrolment')).toHaveLength(1);
  });

  it('when the session did not give a password first, then it says to sign in again', async () => {
    installFakeFetch((request) =>
      request.url === '/api/auth/csrf'
        ? { status: 200, body: { data: { token: 'csrf-1' } } }
        : { status: 401, body: { error: { code: 'unauthenticated', message: 'Sign in' } } },
    );
    renderPage(<SecondFactorEnrolmentRoute />, { path: '/tweede-factor-instellen' });
    expect(await screen.findByText('U bent niet (meer) ingelogd. Log opnieuw in.')).toBeTruthy();
  });
});
