import type { TAlgorithmRegisterEntry } from '@kansplek/api/contract';
import { screen, within } from '@testing-library/react';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { AlgorithmRegisterRoute } from './algorithm-register';

const entry: TAlgorithmRegisterEntry = {
  standard: 'Algoritmeregister',
  generatedAt: '2026-12-07T10:00:00.000Z',
  language: 'nl',
  name: 'Kansplek: voorstellen van kandidaten en plekken',
  organisation: { name: 'WSP Midden-Gelderland', servicePoints: ['WSP Midden-Gelderland'] },
  shortDescription: 'Kansplek stelt consulenten voor welke werkzoekenden passen.',
  purposeAndImpact: 'Doel: mensen sneller aan werk helpen.',
  humanInvolvement: 'De score adviseert, de consulent beslist.',
  dataSources: ['Profiel van de werkzoekende'],
  factors: [
    { code: 'skills', name: 'Vaardigheden', description: 'Het deel van de vaardigheden.', weight: 40 },
    { code: 'waiting', name: 'Wachttijd', description: 'Hoe lang de kandidaat zoekt.', weight: 5 },
  ],
  totalWeight: 45,
  hardConstraints: [{ code: 'no_consent', description: 'De kandidaat heeft toestemming gegeven.' }],
  risks: [{ risk: 'Groepen worden ongelijk behandeld.', mitigation: 'Het eerlijkheidsrapport.' }],
  legalBasis: ['Participatiewet'],
  impactAssessments: [{ name: 'DPIA', status: 'Uit te voeren' }],
  monitoring: 'Het eerlijkheidsrapport toont de doorstroom per groep.',
  contact: 'algoritmes@wsp.example.nl',
  sourceCode: 'https://code.example.nl/kansplek',
};

describe('the algorithm register page', () => {
  it('shows every field of the entry, the weights in a captioned table, and a JSON download, without signing in', async () => {
    const { requests } = installFakeFetch((request) =>
      request.url === '/api/algorithm-register'
        ? { status: 200, body: { data: entry } }
        : { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } },
    );
    renderPage(<AlgorithmRegisterRoute />, { path: '/algoritmeregister' });
    const weights = await screen.findByRole('table', {
      name: 'Factoren van de score met hun gewicht (samen 45 punten)',
    });
    expect(
      within(weights).getByRole('row', { name: 'Vaardigheden Het deel van de vaardigheden. 40' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Algoritmeregister: de matching van Kansplek' }),
    ).toBeTruthy();
    for (const heading of [
      'Naam',
      'Organisatie',
      'Doel en impact',
      'Menselijke tussenkomst',
      'Gegevensbronnen',
      'Harde eisen',
      'Risico’s en maatregelen',
      'Wettelijke basis',
      'Impacttoetsen',
      'Monitoring',
      'Contact',
      'Broncode',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
    expect(screen.getByText('De kandidaat heeft toestemming gegeven.')).toBeTruthy();
    expect(screen.getByText('DPIA: Uit te voeren')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'https://code.example.nl/kansplek' })).toBeTruthy();
    const download = screen.getByRole('link', { name: 'Download als JSON' });
    expect(download.getAttribute('href')).toBe('/api/algorithm-register');
    expect(download.getAttribute('download')).toBe('algoritmeregister-kansplek.json');
    expect(requests.map((r) => r.url)).toEqual(['/api/algorithm-register']);
  });
});
