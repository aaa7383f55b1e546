import type { TFunnelReport, TMe, TSummaryReport } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import { rechartsWithFixedSize } from '@/features/sroi/testing/recharts-fixed-size';
import { ARNHEM, pageOf, sroiApi, VAN_WIJK } from '@/features/sroi/testing/sroi-fixtures';
import { ReportsRoute } from './reports';

jest.mock('recharts', () => rechartsWithFixedSize());

const scope = { kind: 'municipality', id: ARNHEM.id, name: 'Gemeente Arnhem' } as const;

const summary: TSummaryReport = {
  scope,
  contracts: 4,
  obligationCents: 100_000_000,
  realisedCents: 45_000_000,
  realisedBasisPoints: 4_500,
  peoplePlaced: 12,
  byTargetGroup: [
    { targetGroup: 'participatiewet', people: 9 },
    { targetGroup: 'status_holder', people: null },
  ],
  bySource: [{ kind: 'job', count: 12, cents: 40_000_000 }],
  socialPurchases: { count: 3, invoiceCents: 5_000_000, creditCents: 5_000_000, enterprises: 2 },
  series: [{ date: '2026-05-31', realisedCents: 45_000_000 }],
};

const funnel: TFunnelReport = {
  scope,
  steps: [
    { step: 'proposed', people: 40, conversionBasisPoints: null },
    { step: 'introduced', people: 20, conversionBasisPoints: 5_000 },
    { step: 'trial', people: 10, conversionBasisPoints: 5_000 },
    { step: 'hired', people: 8, conversionBasisPoints: 8_000 },
    { step: 'durable', people: null, conversionBasisPoints: null },
  ],
};

const contractRow = {
  contractId: '665f1c2ab5c0f1a2b3c4d5e9',
  reference: 'ARN-2026-003',
  title: 'Groenonderhoud 2026–2028',
  municipality: ARNHEM,
  contractor: VAN_WIJK,
  status: 'active' as const,
  obligationCents: 25_000_000,
  realisedCents: 5_000_000,
  realisedBasisPoints: 2_000,
  pipelineCents: 0,
  deadline: '2029-06-30',
  forecast: 'on_track' as const,
};

function reportsFor(role: TMe['role'], path = '/rapportages') {
  const fake = installFakeFetch(
    sroiApi(role, (request) => {
      if (request.url.startsWith('/api/reports/summary')) return { status: 200, body: { data: summary } };
      if (request.url.startsWith('/api/reports/funnel')) return { status: 200, body: { data: funnel } };
      if (request.url.startsWith('/api/reports/contracts'))
        return { status: 200, body: pageOf([contractRow]) };
      if (request.url.startsWith('/api/organisations?kind=municipality'))
        return { status: 200, body: pageOf([ARNHEM]) };
      if (request.url.startsWith('/api/organisations?kind=contractor'))
        return { status: 200, body: pageOf([VAN_WIJK]) };
    }),
  );
  const page = renderSignedIn(<ReportsRoute />, { path });
  return { ...fake, ...page };
}

const csvHref = (name: RegExp) => screen.getByRole('link', { name }).getAttribute('href') ?? '';

describe('the reports page', () => {
  it('shows suppressed counts as "< 5" with a note why', async () => {
    reportsFor('municipality');
    const groups = await screen.findByRole('table', { name: 'Aantal geplaatste mensen per doelgroep' });
    expect(within(groups).getByRole('row', { name: 'Statushouders < 5' })).toBeTruthy();
    expect(within(groups).getByRole('row', { name: 'Participatiewet 9' })).toBeTruthy();
    expect(screen.getByText(/‘< 5’ betekent: minder dan vijf mensen/)).toBeTruthy();
    const funnelTable = screen.getByRole('table', {
      name: 'Mensen per stap en doorstroom vanaf de vorige stap',
    });
    expect(within(funnelTable).getByRole('row', { name: 'Duurzaam (6 maanden) < 5 —' })).toBeTruthy();
    expect(within(funnelTable).getByRole('row', { name: 'In dienst 8 80%' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeTruthy();
  });

  it('shows progress per contract with a bar and the forecast in words', async () => {
    reportsFor('contractor');
    const table = await screen.findByRole('table', { name: '1 opdracht' });
    expect(within(table).getByRole('progressbar', { name: 'Groenonderhoud 2026–2028' })).toBeTruthy();
    expect(within(table).getByText('Op schema')).toBeTruthy();
    expect(screen.queryByLabelText('Gemeente')).toBeNull();
  });

  it('gives every table a CSV link with the filters of the page', async () => {
    const user = userEvent.setup();
    const { router, requests } = reportsFor('consultant', `/rapportages?van=2026-01-01&tot=2026-06-30`);
    await screen.findByRole('table', { name: 'Aantal geplaatste mensen per doelgroep' });
    await screen.findByRole('option', { name: 'Gemeente Arnhem' });
    await user.selectOptions(screen.getByLabelText('Gemeente'), ARNHEM.id);
    await waitFor(() => expect(router.state.location.search).toContain(`gemeente=${ARNHEM.id}`));
    await waitFor(() =>
      expect(csvHref(/CSV van Geplaatste mensen per doelgroep/)).toBe(
        `/api/reports/summary?municipalityId=${ARNHEM.id}&table=target_groups&format=csv`,
      ),
    );
    expect(csvHref(/CSV van Trechter van plaatsingen/)).toBe(
      `/api/reports/funnel?municipalityId=${ARNHEM.id}&from=2026-01-01&to=2026-06-30&format=csv`,
    );
    expect(csvHref(/CSV van Voortgang per opdracht/)).toBe(
      `/api/reports/contracts?municipalityId=${ARNHEM.id}&format=csv`,
    );
    expect(requests.some((r) => r.url.startsWith(`/api/reports/summary?municipalityId=${ARNHEM.id}`))).toBe(
      true,
    );
  });

  it('applies a period to the funnel', async () => {
    const user = userEvent.setup();
    const { requests } = reportsFor('municipality');
    await screen.findByRole('table', { name: 'Mensen per stap en doorstroom vanaf de vorige stap' });
    await user.type(screen.getByLabelText('Van'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Periode toepassen' }));
    await waitFor(() =>
      expect(requests.some((r) => r.url === '/api/reports/funnel?from=2026-01-01')).toBe(true),
    );
    expect(csvHref(/CSV van Trechter van plaatsingen/)).toBe(
      '/api/reports/funnel?from=2026-01-01&format=csv',
    );
  });
});
