import type { TFairnessGroup, TFairnessReport } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import { ARNHEM, sroiApi } from '@/features/sroi/testing/sroi-fixtures';
import { FairnessRoute } from './fairness';

const STEPS = ['proposed', 'shortlisted', 'introduced', 'trial', 'hired', 'durable'] as const;

/** A group with its counts per step, rates from them, and ratios as given (null where none). */
function group(
  dimension: TFairnessGroup['dimension'],
  name: string,
  counts: Array<number | null>,
  ratios: Array<number | null> = [],
  flagged: string[] = [],
): TFairnessGroup {
  const cases = counts[0]!;
  return {
    dimension,
    group: name,
    label: dimension === 'municipality' ? 'Gemeente Arnhem' : null,
    cases,
    steps: STEPS.map((step, i) => ({
      step,
      count: counts[i]!,
      rateBasisPoints:
        counts[i] === null || cases === null ? null : Math.floor((counts[i]! * 10_000) / cases),
      ratioBasisPoints: ratios[i] ?? null,
      flagged: flagged.includes(step),
    })),
    meanRank: cases === null ? null : 10.5,
    meanScore: cases === null ? null : 71.3,
  };
}

const report: TFairnessReport = {
  scope: { kind: 'region', id: ARNHEM.id, name: 'Midden-Gelderland' },
  period: { from: null, to: null },
  cases: 44,
  thresholdBasisPoints: 8000,
  minCases: 20,
  groups: [
    group('target_group', 'banenafspraak', [null, null, null, null, null, null]),
    group(
      'target_group',
      'ww',
      [20, 8, 0, 0, 0, 0],
      [null, 5250, 0, 0],
      ['shortlisted', 'introduced', 'trial'],
    ),
    group('target_group', 'status_holder', [21, 16, 1, 1, 0, 0], [null, 10_000, 10_000, 10_000]),
    group('age_band', '55_plus', [20, 8, 0, 0, 0, 0], [null, 5250]),
    group('municipality', 'GM0202', [44, 27, 1, 1, 0, 0], [null, 10_000]),
    group('support', 'yes', [20, 8, 0, 0, 0, 0], [null, 5053]),
  ],
  flagged: 3,
  overrides: {
    fromProposals: 40,
    dismissed: 17,
    dismissedRateBasisPoints: 4250,
    dismissedByReason: [
      { reason: 'skills_mismatch', count: 14 },
      { reason: 'too_far', count: null },
    ],
    addedByHand: null,
    addedByHandRateBasisPoints: null,
    overridingConstraints: null,
  },
};

function fairnessFor(path = '/rapportages/eerlijkheid') {
  const fake = installFakeFetch(
    sroiApi('municipality', (request) => {
      if (request.url.startsWith('/api/reports/fairness')) return { status: 200, body: { data: report } };
    }),
  );
  return { ...fake, ...renderSignedIn(<FairnessRoute />, { path }) };
}

describe('the fairness report page', () => {
  it('shows each dimension as a captioned table with rates, ratios and flags written out', async () => {
    fairnessFor();
    const targetGroups = await screen.findByRole('table', { name: 'Per doelgroep' });
    expect(screen.getByRole('heading', { level: 1, name: 'Eerlijkheid van de matching' })).toBeTruthy();
    expect(
      within(targetGroups).getByRole('row', {
        name: 'WW-uitkering 20 40% (0,53) gesignaleerd 0% (0,00) gesignaleerd 0% (0,00) gesignaleerd 0% 0% 10,5 71,3',
      }),
    ).toBeTruthy();
    expect(
      within(targetGroups).getByRole('row', {
        name: 'Banenafspraak (doelgroepregister) < 5 < 5 < 5 < 5 < 5 < 5 — —',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Per leeftijdsgroep' })).toBeTruthy();
    expect(
      within(screen.getByRole('table', { name: 'Per woongemeente' })).getByText('Gemeente Arnhem'),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('table', { name: 'Naar ondersteuningsbehoefte' })).getByRole('row', {
        name: /^Heeft ondersteuning nodig 20 40% \(0,51\)/,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('3 verhoudingen liggen onder de drempel.');
    expect(screen.getByText(/‘< 5’ betekent: minder dan vijf mensen/)).toBeTruthy();
  });

  it('shows the overrides by reason, with suppressed counts marked', async () => {
    fairnessFor();
    const overrides = await screen.findByRole('table', {
      name: 'Voorstellen afgewezen en kandidaten met de hand toegevoegd',
    });
    expect(within(overrides).getByRole('row', { name: 'Voorstel afgewezen 17 42,5%' })).toBeTruthy();
    expect(
      within(overrides).getByRole('row', { name: 'Afgewezen: Vaardigheden passen niet 14 —' }),
    ).toBeTruthy();
    expect(within(overrides).getByRole('row', { name: 'Met de hand toegevoegd < 5 —' })).toBeTruthy();
  });

  it('applies a period to the report and its CSV downloads', async () => {
    const user = userEvent.setup();
    const { requests } = fairnessFor();
    await screen.findByRole('table', { name: 'Per doelgroep' });
    await user.type(screen.getByLabelText('Van'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Periode toepassen' }));
    await waitFor(() =>
      expect(requests.some((r) => r.url === '/api/reports/fairness?from=2026-01-01')).toBe(true),
    );
    expect(screen.getByRole('link', { name: /CSV van Eerlijkheid per groep/ }).getAttribute('href')).toBe(
      '/api/reports/fairness?from=2026-01-01&table=groups&format=csv',
    );
    expect(
      screen.getByRole('link', { name: /CSV van Afwijkingen door consulenten/ }).getAttribute('href'),
    ).toBe('/api/reports/fairness?from=2026-01-01&table=overrides&format=csv');
  });
});
