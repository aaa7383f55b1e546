import type { TMe } from '@kansplek/api/contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import {
  CONTRACT_ID,
  contractFixture,
  creditFixture,
  effortFixture,
  pageOf,
  progressFixture,
  sroiApi,
} from '../testing/sroi-fixtures';
import { StatementRoute } from './statement';

const EFFORT = effortFixture();
const firstPage = Array.from({ length: 100 }, (_, i) => creditFixture(i + 1));
const secondPage = [
  creditFixture(101),
  creditFixture(102, {
    source: 'effort',
    kind: 'social_purchase',
    label: EFFORT.description,
    effortId: EFFORT.id,
    amountCents: 1_417_500,
  }),
];

function statementFor(role: TMe['role']) {
  const fake = installFakeFetch(
    sroiApi(role, (request) => {
      const url = new URL(request.url, 'http://localhost');
      if (url.pathname === `/api/contracts/${CONTRACT_ID}`)
        return { status: 200, body: { data: contractFixture() } };
      if (url.pathname === `/api/contracts/${CONTRACT_ID}/progress`)
        return { status: 200, body: { data: progressFixture() } };
      if (url.pathname === `/api/contracts/${CONTRACT_ID}/credits`) {
        const page = Number(url.searchParams.get('page'));
        const info = { page, limit: 100, total: 102, pages: 2 };
        return { status: 200, body: pageOf(page === 1 ? firstPage : secondPage, info) };
      }
      if (url.pathname === '/api/efforts') return { status: 200, body: pageOf([EFFORT]) };
    }),
  );
  renderSignedIn(<StatementRoute />, {
    path: `/opdrachten/${CONTRACT_ID}/verantwoording`,
    route: '/opdrachten/:id/verantwoording',
  });
  return fake;
}

describe('the accountability statement', () => {
  it('lists every credited placement across all pages, the accepted efforts and the rule set versions', async () => {
    const { requests } = statementFor('contractor');
    const placements = await screen.findByRole('table', { name: '101 plaatsingen' });
    expect(within(placements).getAllByRole('row')).toHaveLength(102);
    expect(
      within(placements).getByRole('rowheader', { name: 'Schoonmaker kantoren – kandidaat 101' }),
    ).toBeTruthy();
    const efforts = screen.getByRole('table', { name: '1 geaccepteerde inspanning' });
    expect(within(efforts).getByText('Factuur PB-2026-114')).toBeTruthy();
    expect(within(efforts).getByText(/Catering bij de bouwkeet \(Presikhaaf Bedrijven/)).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Verantwoording: Groenonderhoud 2026–2028' }),
    ).toBeTruthy();
    expect(screen.getByText('ARN-2026-003')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Realisatie van de verplichting' })).toBeTruthy();
    const ruleSets = screen.getByRole('heading', { name: 'Gebruikte waarderingsregels' }).nextElementSibling;
    expect(ruleSets?.textContent).toBe('Oost-Nederland 2026, versie 1Oost-Nederland 2026, versie 2');
    expect(screen.getByText(/^Afgedrukt op /)).toBeTruthy();
    const creditPages = requests.filter((r) => r.url.startsWith(`/api/contracts/${CONTRACT_ID}/credits`));
    expect(creditPages.map((r) => new URL(r.url, 'http://localhost').searchParams.get('page'))).toEqual([
      '1',
      '2',
    ]);
    expect(
      requests.some((r) => r.url.startsWith(`/api/efforts?contractId=${CONTRACT_ID}&status=accepted`)),
    ).toBe(true);
  });

  it('prints with the Afdrukken button', async () => {
    const print = jest.fn();
    window.print = print;
    const user = userEvent.setup();
    statementFor('consultant');
    await user.click(await screen.findByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('is not for municipality users, who see aggregates only', async () => {
    const { requests } = statementFor('municipality');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeTruthy();
    expect(requests.some((r) => r.url.includes('/credits'))).toBe(false);
  });
});
