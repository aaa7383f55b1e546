import type { TMe, TPlaceSearchResult } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OpenPlaceRoute } from '@/features/places/routes/open-place';
import { OpenPlacesRoute } from '@/features/places/routes/open-places';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer, type RecordedRequest } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import {
  candidateMatchFixture,
  meFixture,
  openPlaceFixture,
  PLACE_ID,
  portalApi,
} from '../testing/portal-fixtures';

beforeEach(() => resetCsrfToken());

const interestPath = `/api/places/${PLACE_ID}/interest`;

/** The open place's page as the app routes it, for a user of `role`; `interest` answers the POST. */
function openPlacePage(role: TMe['role'], interest: () => FakeAnswer = () => ({ status: 201 })) {
  const fake = installFakeFetch(
    portalApi((request) => {
      if (request.url === '/api/me') return { status: 200, body: { data: meFixture(role) } };
      if (request.url === `/api/places/${PLACE_ID}`)
        return { status: 200, body: { data: openPlaceFixture() } };
      if (request.method === 'POST' && request.url === interestPath) return interest();
    }),
  );
  renderSignedIn(<OpenPlaceRoute />, { route: '/plekken-zoeken/:id', path: `/plekken-zoeken/${PLACE_ID}` });
  return fake;
}

const posts = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'POST');

describe('Ik heb interesse', () => {
  it('when a candidate says they are interested, then the consultant is told and the button stays disabled', async () => {
    const { requests } = openPlacePage('candidate', () => ({
      status: 201,
      body: { data: candidateMatchFixture({ stage: 'proposed', source: 'interest', introduction: null }) },
    }));
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 1, name: 'Schoonmaker kantoren' });
    const button = screen.getByRole('button', { name: 'Ik heb interesse in Schoonmaker kantoren' });
    await user.click(button);

    const sent = await screen.findByText(
      'Uw consulent heeft uw interesse ontvangen. Uw consulent laat u weten wat de volgende stap is.',
    );
    expect(sent.closest('[aria-live="polite"]')).not.toBeNull();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(posts(requests)).toEqual([expect.objectContaining({ url: interestPath, body: undefined })]);

    await user.click(button);
    expect(posts(requests)).toHaveLength(1);
  });

  it('when the candidate already showed interest (409), then it says so', async () => {
    openPlacePage('candidate', () => ({
      status: 409,
      body: { error: { code: 'conflict', message: 'Already interested' } },
    }));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Ik heb interesse/ }));

    expect(await screen.findByText('U heeft al interesse getoond voor deze plek.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Ik heb interesse/ }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('is not offered to a consultant', async () => {
    openPlacePage('consultant');
    await screen.findByRole('heading', { level: 1, name: 'Schoonmaker kantoren' });
    expect(screen.queryByRole('button', { name: /Ik heb interesse/ })).toBeNull();
  });

  it('is on each search result for a candidate, naming its place', async () => {
    const result: TPlaceSearchResult = {
      data: [
        {
          id: PLACE_ID,
          title: 'Schoonmaker kantoren',
          contractorName: 'Bouwbedrijf Rijn',
          kind: 'job',
          sector: 'cleaning',
          occupation: 'Schoonmaker',
          hours: { min: 24, max: 32 },
          startDate: '2026-12-01',
          city: 'Arnhem',
          status: 'open',
          distanceKm: 3.2,
          highlights: {},
        },
      ],
      page: { page: 1, limit: 10, total: 1, pages: 1 },
      facets: {},
    };
    const search = (role: TMe['role']) => {
      const fake = installFakeFetch(
        portalApi((request) => {
          if (request.url === '/api/me') return { status: 200, body: { data: meFixture(role) } };
          if (request.url.startsWith('/api/places/search')) return { status: 200, body: result };
          if (request.url.startsWith('/api/candidates/search')) {
            return { status: 200, body: { data: [], page: result.page, facets: {} } };
          }
          if (request.method === 'POST') return { status: 201, body: { data: candidateMatchFixture() } };
        }),
      );
      return {
        ...fake,
        view: renderSignedIn(<OpenPlacesRoute />, { path: '/plekken-zoeken' }),
      };
    };

    const candidate = search('candidate');
    const user = userEvent.setup();
    const hit = (await screen.findByRole('link', { name: 'Schoonmaker kantoren' })).closest('li')!;
    await user.click(within(hit).getByRole('button', { name: 'Ik heb interesse in Schoonmaker kantoren' }));
    expect(await within(hit).findByText(/Uw consulent heeft uw interesse ontvangen/)).toBeTruthy();
    await waitFor(() => expect(posts(candidate.requests).map((r) => r.url)).toEqual([interestPath]));
    candidate.view.unmount();

    search('consultant');
    await screen.findByRole('link', { name: 'Schoonmaker kantoren' });
    expect(screen.queryByRole('button', { name: /Ik heb interesse/ })).toBeNull();
  });
});
