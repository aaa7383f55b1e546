import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '@/testing/fake-fetch';
import { effortFixture, pageOf } from '@/testing/fixtures';
import { renderSignedIn } from '@/testing/render';
import { effortsApi } from '../testing/effort-fixtures';
import { EffortsRoute } from './efforts';

describe('the efforts list', () => {
  it('when a consultant opens it, then it shows what waits for review, with the status in words', async () => {
    const { requests } = installFakeFetch(
      effortsApi('consultant', (request) =>
        request.url.startsWith('/api/efforts?')
          ? { status: 200, body: pageOf([effortFixture({ status: 'submitted' })]) }
          : undefined,
      ),
    );
    renderSignedIn(<EffortsRoute />, { path: '/inspanningen' });
    const table = await screen.findByRole('table', { name: '1 inspanning' });
    expect(within(table).getByText('Ingediend')).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'Catering bij de bouwkeet' })).toBeTruthy();
    expect(requests.find((r) => r.url.startsWith('/api/efforts?'))?.url).toContain('status=submitted');
  });

  it('when the kind filter changes, then the list asks for that kind', async () => {
    const user = userEvent.setup();
    const { requests } = installFakeFetch(
      effortsApi('contractor', (request) =>
        request.url.startsWith('/api/efforts?') ? { status: 200, body: pageOf([]) } : undefined,
      ),
    );
    renderSignedIn(<EffortsRoute />, { path: '/inspanningen' });
    await screen.findByText('Er zijn geen inspanningen die aan deze keuze voldoen.');
    await user.selectOptions(screen.getByLabelText('Soort inspanning'), 'volunteering');
    await screen.findByText('Er zijn geen inspanningen die aan deze keuze voldoen.');
    expect(requests.some((r) => r.url.includes('kind=volunteering'))).toBe(true);
    expect(requests.every((r) => !r.url.includes('status=submitted'))).toBe(true);
  });
});
