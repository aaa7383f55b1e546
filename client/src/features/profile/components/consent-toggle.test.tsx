import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { ConsentToggle } from './consent-toggle';
import { ownProfileFixture } from './profile-fixture';

beforeEach(() => resetCsrfToken());

describe('ConsentToggle', () => {
  it('when the candidate withdraws consent to sharing, then the API gets exactly that and the page says it applies now', async () => {
    const given = { given: true, at: '2026-01-05T10:00:00.000Z', by: null, inPerson: true };
    const withdrawn = ownProfileFixture({
      version: 5,
      consent: {
        matching: given,
        sharing: { given: false, at: '2026-02-01T09:00:00.000Z', by: null, inPerson: false },
      },
    });
    const { requests } = installFakeFetch((request) =>
      request.url === '/api/auth/csrf'
        ? { status: 200, body: { data: { token: 'csrf-1' } } }
        : { status: 200, body: { data: withdrawn } },
    );
    const user = userEvent.setup();
    renderPage(<ConsentToggle kind="sharing" consent={given} version={4} />);

    expect(screen.getByRole('heading', { name: 'Mag een werkgever uw naam en cv lezen?' })).toBeTruthy();
    expect(screen.getByText('U hebt toestemming gegeven.')).toBeTruthy();
    expect(screen.getByText('Als u uw toestemming intrekt, geldt dat meteen.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Nee, een werkgever mag dit niet meer lezen' }));

    expect(await screen.findByText('Uw toestemming is ingetrokken. Dat geldt vanaf nu.')).toBeTruthy();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.url).toBe('/api/me/candidate/consent');
    expect(put?.body).toEqual({ kind: 'sharing', given: false, version: 4 });
    expect(put?.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('when the server refuses (someone changed the profile), then the Dutch error is shown', async () => {
    installFakeFetch((request) =>
      request.url === '/api/auth/csrf'
        ? { status: 200, body: { data: { token: 'csrf-1' } } }
        : {
            status: 409,
            body: { error: { code: 'stale_version', message: 'stale', details: { currentVersion: 5 } } },
          },
    );
    const user = userEvent.setup();
    renderPage(<ConsentToggle kind="matching" consent={ownProfileFixture().consent.matching} version={4} />);
    await user.click(screen.getByRole('button', { name: 'Ja, stel mij voor' }));
    expect(
      await screen.findByText(
        'Iemand anders heeft dit net gewijzigd. De gegevens zijn bijgewerkt; probeer het opnieuw.',
      ),
    ).toBeTruthy();
  });
});
