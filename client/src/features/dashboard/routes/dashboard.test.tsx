import type { TContractReportRow, TMe } from '@kansplek/api/contract';
import { screen, within } from '@testing-library/react';
import {
  candidateMatchFixture,
  meFixture,
  pageOf,
  portalApi,
} from '@/features/portal/testing/portal-fixtures';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import { DashboardRoute } from './dashboard';

const contractReportRow: TContractReportRow = {
  contractId: '665f1c2ab5c0f1a2b3c4d5e9',
  reference: 'ARN-2026-003',
  title: 'Groenonderhoud 2026–2028',
  municipality: { id: '665f1c2ab5c0f1a2b3c4d5e1', kind: 'municipality', name: 'Gemeente Arnhem' },
  contractor: { id: '665f1c2ab5c0f1a2b3c4d5e2', kind: 'contractor', name: 'Van Wijk Bouw' },
  status: 'active',
  obligationCents: 25_000_000,
  realisedCents: 5_000_000,
  realisedBasisPoints: 2_000,
  pipelineCents: 0,
  deadline: '2029-06-30',
  forecast: 'behind',
};

function dashboardOf(role: TMe['role'], waiting = 0) {
  const fake = installFakeFetch(
    portalApi((request) => {
      if (request.url === '/api/me') return { status: 200, body: { data: meFixture(role) } };
      if (request.url.startsWith('/api/notifications/unread-count')) {
        return { status: 200, body: { data: { unread: 0 } } };
      }
      if (request.url.startsWith('/api/matches?stage=shortlisted')) {
        const ids = Array.from(
          { length: waiting },
          (_, i) => `665f1c2ab5c0f1a2b3c4d7${String(i).padStart(2, '0')}`,
        );
        return { status: 200, body: pageOf(ids.map((id) => candidateMatchFixture({ id }))) };
      }
      if (request.url.startsWith('/api/me/recommendations')) {
        return { status: 200, body: { data: [], blockedBy: [] } };
      }
      if (request.url.startsWith('/api/reports/contracts')) {
        return {
          status: 200,
          body: { data: [contractReportRow], page: { page: 1, limit: 10, total: 1, pages: 1 } },
        };
      }
    }),
  );
  renderSignedIn(<DashboardRoute />);
  return fake;
}

describe('the candidate’s home page', () => {
  it('shows how many introductions wait for an answer, with a link to answer them, above the recommendations', async () => {
    dashboardOf('candidate', 2);
    const waiting = await screen.findByText(
      'Er wachten 2 vragen op uw antwoord: wilt u worden voorgesteld aan een werkgever?',
    );
    const link = screen.getByRole('link', { name: 'Bekijk en beantwoord' });
    expect(link.getAttribute('href')).toBe('/mijn-matches');
    const recommendations = screen.getByRole('heading', { name: 'Aanbevolen voor u' });
    expect(waiting.compareDocumentPosition(recommendations) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Mijn matches/ }).getAttribute('href')).toBe('/mijn-matches');
  });

  it('points to Mijn matches, and no longer calls showing interest "binnenkort"', async () => {
    dashboardOf('candidate');
    await screen.findByRole('heading', { level: 1, name: /Welkom/ });
    expect(screen.getByText(/Onder Mijn matches ziet u hoe het met uw plekken staat/)).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: /^Mijn matches/ })
        .textContent?.includes('Beantwoord de vragen van uw consulent'),
    ).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Binnenkort in Kansplek' })).toBeNull();
  });

  it('says when nothing waits', async () => {
    dashboardOf('candidate');
    expect(await screen.findByText('Er wachten geen vragen op uw antwoord.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bekijk mijn matches' }).getAttribute('href')).toBe(
      '/mijn-matches',
    );
  });

  it('points consultants to Matches, with nothing left under "binnenkort"', async () => {
    dashboardOf('consultant');
    await screen.findByRole('heading', { level: 1, name: /Welkom/ });
    expect(screen.getByText(/Onder Matches ziet u per fase waar elke match staat/)).toBeTruthy();
    const matches = screen.getByRole('link', { name: /^Matches/ });
    expect(matches.getAttribute('href')).toBe('/matches');
    expect(matches.textContent).toContain('Zie per fase waar elke match staat en zet de volgende stap.');
    expect(screen.queryByRole('heading', { name: 'Binnenkort in Kansplek' })).toBeNull();
  });

  it('shows other roles no portal block', async () => {
    const { requests } = dashboardOf('consultant');
    await screen.findByRole('heading', { level: 1, name: /Welkom/ });
    expect(screen.queryByRole('heading', { name: 'Mijn matches' })).toBeNull();
    expect(requests.some((r) => r.url.startsWith('/api/matches'))).toBe(false);
  });
});

describe('live SROI progress on the home page', () => {
  it.each<TMe['role']>(['contractor', 'municipality'])(
    'shows the %s each contract’s realisation and forecast instead of "binnenkort"',
    async (role) => {
      dashboardOf(role);
      const section = (await screen.findByRole('heading', { name: 'Voortgang van uw opdrachten' }))
        .parentElement;
      if (!section) throw new Error('no section');
      const bar = await within(section).findByRole('progressbar', { name: 'Groenonderhoud 2026–2028' });
      expect(bar.getAttribute('aria-valuenow')).toBe('20');
      expect(within(section).getByText('Loopt achter')).toBeTruthy();
      expect(
        within(section).getByRole('link', { name: 'Groenonderhoud 2026–2028' }).getAttribute('href'),
      ).toBe('/opdrachten/665f1c2ab5c0f1a2b3c4d5e9');
      expect(screen.queryByRole('heading', { name: 'Binnenkort in Kansplek' })).toBeNull();
      expect(screen.getByRole('link', { name: /^Rapportages/ }).getAttribute('href')).toBe('/rapportages');
    },
  );

  it('asks consultants for no contract progress on their home page', async () => {
    const { requests } = dashboardOf('consultant');
    await screen.findByRole('heading', { level: 1, name: /Welkom/ });
    expect(requests.some((r) => r.url.startsWith('/api/reports'))).toBe(false);
  });
});
