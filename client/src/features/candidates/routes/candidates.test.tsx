import type { TCandidateSearchResult } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { CandidatesRoute } from './candidates';

const found: TCandidateSearchResult = {
  data: [
    {
      id: '665f1c2ab5c0f1a2b3c4d5e6',
      fullName: 'Youssef El Amrani',
      skills: ['schoonmaken', 'orderpicken'],
      occupations: ['Schoonmaker'],
      municipalityCode: 'GM0202',
      status: 'active',
      hours: { min: 24, max: 32 },
      highlights: {
        fullName: [
          { text: 'Youss', match: true },
          { text: 'ef El Amrani', match: false },
        ],
        skills: [{ text: 'schoonmaken, orderpicken', match: false }],
      },
    },
  ],
  page: { page: 1, limit: 20, total: 1, pages: 1 },
  facets: { status: { active: 1 }, drivingLicence: { true: 1 } },
};
const empty = { data: [], page: { page: 1, limit: 20, total: 0, pages: 1 }, facets: {} };

describe('the consultant’s candidate search', () => {
  it('searches as the consultant types, keeps the words in the address, announces the count and marks the match', async () => {
    const { requests } = installFakeFetch((request) => {
      if (request.url.startsWith('/api/organisations')) return { status: 200, body: empty };
      return { status: 200, body: request.url.includes('q=youss') ? found : empty };
    });
    const { router } = renderPage(<CandidatesRoute />, { path: '/kandidaten?status=active' });

    await userEvent.type(await screen.findByLabelText('Zoeken op naam, vaardigheid of beroep'), 'youss');

    const status = await screen.findByText('1 kandidaat gevonden voor ‘youss’');
    expect(status.getAttribute('role')).toBe('status');
    expect(router.state.location.search).toBe('?status=active&zoek=youss');
    // One request for the whole word, not one per key.
    const searches = requests.filter((r) => r.url.startsWith('/api/candidates/search'));
    expect(searches.map((r) => new URL(r.url, 'http://x').searchParams.get('q'))).toEqual([null, 'youss']);

    // Matched by its text: jsdom, unlike browsers, puts a space around the inline <mark> in names.
    const link = screen.getByText(
      (_, element) => element?.tagName === 'A' && element.textContent === 'Youssef El Amrani',
    );
    expect(link.getAttribute('href')).toBe('/kandidaten/665f1c2ab5c0f1a2b3c4d5e6');
    expect(within(link).getByText('Youss').tagName).toBe('MARK');
  });

  it('applies a facet at once and starts again at the first page', async () => {
    installFakeFetch(() => ({ status: 200, body: found }));
    const { router } = renderPage(<CandidatesRoute />, { path: '/kandidaten?pagina=3' });

    const licence = await screen.findByRole('group', { name: 'Heeft een rijbewijs B' });
    await userEvent.click(await within(licence).findByLabelText('Ja (1)'));

    expect(router.state.location.search).toBe('?rijbewijs=ja');
    await waitFor(() =>
      expect(within(licence).getByLabelText<HTMLInputElement>('Ja (1)').checked).toBe(true),
    );
  });

  it('clears the box, the filters and the address together', async () => {
    installFakeFetch(() => ({ status: 200, body: found }));
    const { router } = renderPage(<CandidatesRoute />, { path: '/kandidaten?zoek=youss&status=active' });
    const box = await screen.findByLabelText<HTMLInputElement>('Zoeken op naam, vaardigheid of beroep');
    expect(box.value).toBe('youss');

    await userEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));

    await waitFor(() => expect(box.value).toBe(''));
    expect(router.state.location.search).toBe('');
    const status = screen.getByRole('group', { name: 'Status' });
    expect(within(status).getByLabelText<HTMLInputElement>('Alle').checked).toBe(true);
  });
});
