import type { TPlaceRecommendation } from '@kansplek/api/contract';
import { screen, within } from '@testing-library/react';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { CANDIDATE_ID, matchingApi, PLACE_ID } from '../testing/matching-fixtures';
import { CandidateRecommendations } from './candidate-recommendations';
import { OwnRecommendations } from './own-recommendations';

const recommendation: TPlaceRecommendation = {
  place: {
    id: PLACE_ID,
    title: 'Medewerker groenonderhoud',
    contractorName: 'Groen BV',
    kind: 'job',
    sector: 'green_maintenance',
    hours: { min: 24, max: 32 },
    startDate: '2026-12-01',
    city: 'Arnhem',
  },
  score: 81,
  distanceKm: 4.3,
  reasons: [
    { factor: 'distance', points: 10.7, maxPoints: 15, params: { km: 4.3, maxKm: 15, mode: 'bike' } },
    { factor: 'target_group', points: 5, maxPoints: 5, params: { matched: 1 } },
    { factor: 'occupation', points: 0, maxPoints: 15, params: { level: 'none', isco: '6113' } },
  ],
};

const serve = (url: string, body: unknown) =>
  installFakeFetch(
    matchingApi((request) => (request.url.startsWith(url) ? { status: 200, body } : undefined)),
  );

describe('OwnRecommendations', () => {
  it('explains to the candidate in plain words why a place fits, without points or target groups', async () => {
    const { requests } = serve('/api/me/recommendations', { data: [recommendation], blockedBy: [] });
    renderPage(<OwnRecommendations />);

    expect(screen.getByRole('heading', { name: 'Aanbevolen voor u' })).toBeTruthy();
    expect(
      (await screen.findByRole('link', { name: 'Medewerker groenonderhoud' })).getAttribute('href'),
    ).toBe(`/plekken-zoeken/${PLACE_ID}`);
    expect(screen.getByText('Past goed bij u.')).toBeTruthy();
    const why = screen.getByRole('list', { name: 'Waarom deze plek?' });
    expect(
      within(why)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Het werk is ongeveer 4,3 km van uw huis, per fiets. U wilt hoogstens 15 km reizen.']);
    expect(screen.queryByText(/\d+\/\d+/)).toBeNull();
    expect(requests[0]?.url).toBe('/api/me/recommendations?limit=5');
    expect(screen.getByRole('link', { name: 'Zelf meer plekken zoeken' }).getAttribute('href')).toBe(
      '/plekken-zoeken',
    );
  });

  it('when the candidate has not consented to matching, then it says where to give consent', async () => {
    serve('/api/me/recommendations', { data: [], blockedBy: ['no_consent'] });
    renderPage(<OwnRecommendations />);
    expect(await screen.findByText(/zodra u toestemming geeft/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mijn profiel' }).getAttribute('href')).toBe('/mijn-profiel');
  });
});

describe('CandidateRecommendations', () => {
  it('shows the consultant every factor with its points, linking to the place', async () => {
    serve(`/api/candidates/${CANDIDATE_ID}/recommendations`, { data: [recommendation], blockedBy: [] });
    renderPage(<CandidateRecommendations candidateId={CANDIDATE_ID} />);

    const reasons = await screen.findByRole('list', { name: 'Redenen voor Medewerker groenonderhoud' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Afstand 10,7/15 — 4,3 km per fiets (max 15 km)',
      'Doelgroep 5/5 — hoort bij een doelgroep waaraan de opdracht voorrang geeft',
      'Beroepservaring 0/15 — geen ervaring in dit beroep (ISCO 6113)',
    ]);
    expect(screen.getByRole('link', { name: 'Medewerker groenonderhoud' }).getAttribute('href')).toBe(
      `/plekken/${PLACE_ID}`,
    );
  });

  it('when the candidate cannot be matched, then it names the reason', async () => {
    serve(`/api/candidates/${CANDIDATE_ID}/recommendations`, { data: [], blockedBy: ['no_consent'] });
    renderPage(<CandidateRecommendations candidateId={CANDIDATE_ID} />);
    expect(
      await screen.findByText('Er worden geen plekken aanbevolen: geen toestemming voor matching.'),
    ).toBeTruthy();
  });
});
