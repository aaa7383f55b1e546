import type { TCreditLine, TMe } from '@kansplek/api/contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import { rechartsWithFixedSize } from '../testing/recharts-fixed-size';
import { CONTRACT_ID, creditFixture, pageOf, progressFixture, sroiApi } from '../testing/sroi-fixtures';
import { ContractProgressPanel } from './progress-panel';

jest.mock('recharts', () => rechartsWithFixedSize());

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const consultantLines: TCreditLine[] = [
  {
    block: 'employment',
    cents: 100_000,
    params: { situation: 'participatiewet', minBenefitMonths: 24, capMonths: 12, hoursPerWeek: 32 },
  },
  { block: 'bonus', cents: 23_456, params: { bonus: 'status_holder' } },
];

function panelFor(role: TMe['role']) {
  const fake = installFakeFetch(
    sroiApi(role, (request) => {
      if (request.url === `/api/contracts/${CONTRACT_ID}/progress`)
        return { status: 200, body: { data: progressFixture() } };
      if (request.url.startsWith(`/api/contracts/${CONTRACT_ID}/credits`))
        return {
          status: 200,
          // The API leaves the lines out for anyone but consultants.
          body: pageOf([creditFixture(1, { lines: role === 'consultant' ? consultantLines : [] })]),
        };
    }),
  );
  renderSignedIn(<ContractProgressPanel contractId={CONTRACT_ID} />);
  return fake;
}

describe('the progress panel of a contract', () => {
  it('shows obligation, realised, percentage, pipeline, deadline and the forecast in words', async () => {
    panelFor('contractor');
    const bar = await screen.findByRole('progressbar', { name: 'Realisatie van de verplichting' });
    expect(bar.getAttribute('aria-valuenow')).toBe('46');
    expect(plain(bar.getAttribute('aria-valuetext'))).toBe('45,67% gerealiseerd');
    const figures = plain(
      screen.getByRole('heading', { name: 'Voortgang social return' }).parentElement?.textContent,
    );
    expect(figures).toContain('Verplichting€ 250.000,00');
    expect(figures).toContain('Gerealiseerd€ 114.175,00');
    expect(figures).toContain('€ 30.000,00 uit 2 matches in gesprek of proefplaatsing');
    expect(figures).toContain('30 jun 2029 (nog 1111 dagen)');
    expect(screen.getByText('Loopt achter')).toBeTruthy();
    expect(
      screen.getByRole('table', { name: 'Gerealiseerd per soort plaatsing of inspanning' }),
    ).toBeTruthy();
    expect(screen.getByText('Inkoop bij een sociale onderneming')).toBeTruthy();
  });

  it('draws the chart with a table of the same figures behind a toggle', async () => {
    const user = userEvent.setup();
    panelFor('municipality');
    const chart = await screen.findByRole('img', {
      name: /verplichting van €\s250\.000,00 als referentielijn/,
    });
    expect(chart.querySelector('svg')).not.toBeNull();
    await user.click(screen.getByText('Toon de gegevens als tabel'));
    const table = screen.getByRole('table', { name: 'Gerealiseerd bedrag aan het eind van elke maand' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(plain(rows[3]?.textContent)).toBe('15 jun 2026€ 114.175,00€ 250.000,00');
  });

  it('gives the consultant each credit with its building blocks in Dutch and its history', async () => {
    const user = userEvent.setup();
    panelFor('consultant');
    const credits = await screen.findByRole('table', { name: '1 plaatsing of inspanning telt mee' });
    expect(within(credits).getByText('Oost-Nederland 2026, versie 2')).toBeTruthy();
    await user.click(within(credits).getByText('Opbouw en geschiedenis'));
    expect(
      within(credits).getByText(
        /Dienstverband: € 1\.000,00 \(Participatiewet, ten minste 24 maanden in de uitkering, 32 uur per week, telt hoogstens 12 maanden\)/,
      ),
    ).toBeTruthy();
    expect(within(credits).getByText(/Bonus: € 234,56 \(Statushouder\)/)).toBeTruthy();
    expect(within(credits).getByText(/Herberekend met versie 2/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Verantwoording bekijken en afdrukken' }).getAttribute('href'),
    ).toBe(`/opdrachten/${CONTRACT_ID}/verantwoording`);
  });

  it('shows the contractor the credits and their history, but no building blocks', async () => {
    panelFor('contractor');
    const credits = await screen.findByRole('table', { name: '1 plaatsing of inspanning telt mee' });
    expect(
      within(credits).getByRole('rowheader', { name: 'Schoonmaker kantoren – kandidaat 1' }),
    ).toBeTruthy();
    expect(within(credits).queryByText('Opbouw en geschiedenis')).toBeNull();
    expect(within(credits).queryByText('Bouwblokken:')).toBeNull();
    expect(within(credits).queryByText(/Participatiewet/)).toBeNull();
    expect(within(credits).getByRole('columnheader', { name: 'Geschiedenis' })).toBeTruthy();
    expect(within(credits).getByText(/Herberekend met versie 2/)).toBeTruthy();
  });

  it('asks no credits for a municipality user, who sees aggregates only', async () => {
    const { requests } = panelFor('municipality');
    await screen.findByRole('progressbar');
    expect(requests.some((request) => request.url.includes('/credits'))).toBe(false);
    expect(screen.queryByRole('link', { name: 'Verantwoording bekijken en afdrukken' })).toBeNull();
  });
});
