import type { TEffort, TMe } from '@kansplek/api/contract';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch } from '@/testing/fake-fetch';
import { effortFixture } from '@/testing/fixtures';
import { renderSignedIn } from '@/testing/render';
import { effortsApi } from '../testing/effort-fixtures';
import { EffortRoute } from './effort';

beforeEach(() => resetCsrfToken());

function effortPageAs(
  role: TMe['role'],
  effort: TEffort,
  onWrite = (_: { url: string; body: unknown }) => effort,
) {
  const fake = installFakeFetch(
    effortsApi(role, (request) => {
      if (request.method === 'GET' && request.url === `/api/efforts/${effort.id}`)
        return { status: 200, body: { data: effort } };
      if (request.method !== 'GET') return { status: 200, body: { data: onWrite(request) } };
    }),
  );
  renderSignedIn(<EffortRoute />, { path: `/inspanningen/${effort.id}`, route: '/inspanningen/:id' });
  return fake;
}

describe('the page of an effort', () => {
  it('when a consultant rejects without a reason, then it asks for one; with a reason, the rejection is sent', async () => {
    const user = userEvent.setup();
    const effort = effortFixture({
      status: 'submitted',
      decision: null,
      creditCents: null,
      allowedActions: ['accept', 'reject'],
    });
    const { requests } = effortPageAs('consultant', effort, () => ({
      ...effort,
      status: 'rejected',
      allowedActions: [],
    }));
    await user.click(await screen.findByRole('button', { name: 'Afwijzen' }));
    expect(screen.getByRole('alert').textContent).toContain('Geef de reden van de afwijzing');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    await user.type(screen.getByLabelText('Toelichting'), 'Geen sociale onderneming');
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')).toMatchObject({
        url: `/api/efforts/${effort.id}/reject`,
        body: { version: effort.version, reason: 'Geen sociale onderneming' },
      }),
    );
  });

  it('when the contractor opens its submitted effort, then it may change, withdraw and add evidence, but not judge', async () => {
    effortPageAs(
      'contractor',
      effortFixture({
        status: 'submitted',
        decision: null,
        creditCents: null,
        allowedActions: ['edit', 'withdraw'],
      }),
    );
    await screen.findByRole('link', { name: 'Wijzigen' });
    expect(screen.getByRole('button', { name: 'Intrekken' })).toBeTruthy();
    expect(screen.getByLabelText('Bewijsstuk toevoegen')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accepteren' })).toBeNull();
  });

  it('when an effort is accepted, then the page says what it counts for and offers no actions', async () => {
    effortPageAs('municipality', effortFixture());
    await screen.findByText(/Telt mee voor €\s14\.175,00/);
    expect(screen.getByText('Geaccepteerd')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('when the contractor uploads a PDF, then the file itself is sent with its type and name', async () => {
    const user = userEvent.setup();
    const effort = effortFixture({
      status: 'submitted',
      decision: null,
      creditCents: null,
      allowedActions: ['edit', 'withdraw'],
    });
    const { requests } = effortPageAs('contractor', effort);
    const file = new File(['%PDF-1.4'], 'factuur.pdf', { type: 'application/pdf' });
    await user.upload(await screen.findByLabelText('Bewijsstuk toevoegen'), file);
    await user.click(screen.getByRole('button', { name: 'Bestand uploaden' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url).toBe(`/api/efforts/${effort.id}/evidence?filename=factuur.pdf`);
    expect(put.headers['content-type']).toBe('application/pdf');
    expect(put.body).toBe(file);
  });

  it('when the file is not a PDF or image, then it is refused before sending', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { requests } = effortPageAs(
      'contractor',
      effortFixture({ status: 'submitted', decision: null, allowedActions: ['edit'] }),
    );
    await user.upload(
      await screen.findByLabelText('Bewijsstuk toevoegen'),
      new File(['<p>'], 'x.html', { type: 'text/html' }),
    );
    await user.click(screen.getByRole('button', { name: 'Bestand uploaden' }));
    expect((await screen.findByRole('alert')).textContent).toContain('kies een pdf, png of jpeg');
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });
});
