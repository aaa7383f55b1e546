import type { TCandidateSearchResult, TMe, TPlaceSearchResult } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useMe } from '@/features/auth/api/get-me';
import { installFakeFetch, type RecordedRequest } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { OpenPlacesRoute } from './open-places';
import { secondFactorFixture } from '@/testing/fixtures';

const me = (role: TMe['role']): TMe => ({
  id: '665f1c2ab5c0f1a2b3c4d5e0',
  email: 'kandidaat@kansplek.nl',
  name: 'Youssef El Amrani',
  role,
  locale: 'nl',
  organisation: { id: '665f1c2ab5c0f1a2b3c4d5e1', kind: 'service_point', name: 'WSP' },
  secondFactor: secondFactorFixture(role),
});

const result: TPlaceSearchResult = {
  data: [
    {
      id: '665f1c2ab5c0f1a2b3c4d5e6',
      title: 'Medewerker schoonmaak',
      contractorName: 'Schoon BV',
      kind: 'job',
      sector: 'cleaning',
      occupation: 'Schoonmaker',
      hours: { min: 16, max: 24 },
      startDate: '2026-12-01',
      city: 'Arnhem',
      status: 'open',
      distanceKm: 3.2,
      highlights: {
        title: [
          { text: 'Medewerker ', match: false },
          { text: 'schoonmaak', match: true },
        ],
      },
    },
  ],
  page: { page: 1, limit: 10, total: 1, pages: 1 },
  facets: { kind: { job: 1 }, sector: { cleaning: 1 } },
};

function SignedIn({ children }: { children: ReactNode }) {
  return useMe().data ? children : null;
}

const candidates: TCandidateSearchResult = {
  data: [
    {
      id: '665f1c2ab5c0f1a2b3c4d5e9',
      fullName: 'Youssef El Amrani',
      skills: [],
      occupations: [],
      municipalityCode: 'GM0202',
      status: 'active',
      hours: { min: 24, max: 32 },
      highlights: {},
    },
  ],
  page: { page: 1, limit: 20, total: 1, pages: 1 },
  facets: {},
};

function answer(role: TMe['role']) {
  return (request: RecordedRequest) => {
    if (request.url === '/api/me') return { status: 200, body: { data: me(role) } };
    if (request.url.startsWith('/api/candidates/search')) return { status: 200, body: candidates };
    return { status: 200, body: result };
  };
}

const searched = (requests: RecordedRequest[]) =>
  requests
    .filter((r) => r.url.startsWith('/api/places/search'))
    .map((r) => Object.fromEntries(new URL(r.url, 'http://x').searchParams));

describe('searching open places', () => {
  it('lets a candidate narrow the places by distance from home and by kind, showing how far each is', async () => {
    const { requests } = installFakeFetch(answer('candidate'));
    const { router } = renderPage(
      <SignedIn>
        <OpenPlacesRoute />
      </SignedIn>,
      { path: '/plekken-zoeken' },
    );

    await userEvent.click(await screen.findByLabelText('Binnen 10 km van huis'));
    await userEvent.click(await screen.findByLabelText('Betaalde baan (1)'));

    await waitFor(() => expect(router.state.location.search).toBe('?afstand=10&soort=job'));
    await waitFor(() => expect(searched(requests).at(-1)).toMatchObject({ maxKm: '10', kind: 'job' }));
    expect(screen.getByRole('status').textContent).toBe('Er is 1 open plek.');
    const hit = screen.getByText('schoonmaak').closest('li')!;
    expect(within(hit).getByText('schoonmaak').tagName).toBe('MARK');
    expect(hit.textContent).toContain('3,2 km van huis');
    expect(within(hit).getByRole('link').getAttribute('href')).toBe(
      '/plekken-zoeken/665f1c2ab5c0f1a2b3c4d5e6',
    );
    // Candidates measure from their own home only.
    expect(screen.queryByLabelText('Kandidaat zoeken op naam')).toBeNull();
  });

  it('when a candidate’s words find nothing, offers each suggestion as a button that searches it', async () => {
    const nothing: TPlaceSearchResult = {
      data: [],
      page: { page: 1, limit: 10, total: 0, pages: 1 },
      facets: {},
      suggestions: ['magazijn', 'magazijnmedewerker'],
    };
    const { requests } = installFakeFetch((request) =>
      request.url.includes('q=mgazaijn') ? { status: 200, body: nothing } : answer('candidate')(request),
    );
    const { router } = renderPage(
      <SignedIn>
        <OpenPlacesRoute />
      </SignedIn>,
      { path: '/plekken-zoeken?zoek=mgazaijn' },
    );

    const choice = await screen.findByRole('button', { name: 'magazijnmedewerker' });
    expect(choice.closest('[role="status"]')!.textContent).toContain(
      'Bedoelde u magazijn of magazijnmedewerker?',
    );
    await userEvent.click(screen.getByRole('button', { name: 'magazijn' }));

    expect(router.state.location.search).toBe('?zoek=magazijn');
    expect(document.activeElement).toBe(screen.getByLabelText('Zoeken op werk, beroep of werkgever'));
    await waitFor(() => expect(searched(requests).at(-1)).toMatchObject({ q: 'magazijn' }));
  });

  it('offers a consultant a distance only after they chose a candidate to measure from', async () => {
    const { requests } = installFakeFetch(answer('consultant'));
    renderPage(
      <SignedIn>
        <OpenPlacesRoute />
      </SignedIn>,
      { path: '/plekken-zoeken' },
    );

    await screen.findByLabelText('Kandidaat zoeken op naam');
    expect(screen.queryByRole('group', { name: 'Afstand van het huis van de kandidaat' })).toBeNull();
    const link = await screen.findByRole('link', { name: /Medewerker/ });
    expect(link.getAttribute('href')).toBe('/plekken/665f1c2ab5c0f1a2b3c4d5e6');

    await userEvent.type(screen.getByLabelText('Kandidaat zoeken op naam'), 'youss');
    const picker = screen.getByRole('combobox', { name: 'Kandidaat' });
    await within(picker).findByRole('option', { name: 'Youssef El Amrani' });
    await userEvent.selectOptions(picker, 'Youssef El Amrani');
    await userEvent.click(await screen.findByLabelText('Binnen 5 km'));

    await waitFor(() =>
      expect(searched(requests).at(-1)).toMatchObject({
        candidateId: '665f1c2ab5c0f1a2b3c4d5e9',
        maxKm: '5',
      }),
    );
  });
});
