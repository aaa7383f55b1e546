import type { TCandidateSearchResult, TMe } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMe } from '@/features/auth/api/get-me';
import { installFakeFetch, type RecordedRequest } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { CandidatesRoute } from './candidates';
import { secondFactorFixture } from '@/testing/fixtures';

const me: TMe = {
  id: '665f1c2ab5c0f1a2b3c4d5e0',
  email: 'consulent@kansplek.nl',
  name: 'Sanne de Vries',
  role: 'consultant',
  locale: 'nl',
  organisation: { id: '665f1c2ab5c0f1a2b3c4d5e1', kind: 'service_point', name: 'WSP' },
  secondFactor: secondFactorFixture('consultant'),
};

// The page belongs to a signed-in consultant (RequireAuth guarantees one in the app).
function renderSignedIn(path: string) {
  function SignedIn() {
    return useMe().data ? <CandidatesRoute /> : null;
  }
  return renderPage(<SignedIn />, { path });
}

function answer(search: (request: RecordedRequest) => unknown) {
  return (request: RecordedRequest) => {
    if (request.url === '/api/me') return { status: 200, body: { data: me } };
    if (request.url.startsWith('/api/organisations')) return { status: 200, body: empty };
    return { status: 200, body: search(request) };
  };
}

const searched = (requests: RecordedRequest[]) =>
  requests
    .filter((r) => r.url.startsWith('/api/candidates/search'))
    .map((r) => Object.fromEntries(new URL(r.url, 'http://x').searchParams));

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
        occupationLabels: [{ text: 'Schoonmaker', match: false }],
      },
    },
  ],
  page: { page: 1, limit: 20, total: 1, pages: 1 },
  facets: { status: { active: 1 }, drivingLicence: { true: 1 } },
};
const empty = { data: [], page: { page: 1, limit: 20, total: 0, pages: 1 }, facets: {} };

describe('the consultant’s candidate search', () => {
  it('searches as the consultant types, keeps the words in the address, announces the count and marks the match', async () => {
    const { requests } = installFakeFetch(
      answer((request) => (request.url.includes('q=youss') ? found : empty)),
    );
    const { router } = renderSignedIn('/kandidaten?status=active');

    await userEvent.type(await screen.findByLabelText('Zoeken op naam, vaardigheid of beroep'), 'youss');

    const status = await screen.findByText('1 kandidaat gevonden voor ‘youss’');
    expect(status.getAttribute('role')).toBe('status');
    expect(router.state.location.search).toBe('?status=active&zoek=youss');
    // One request for the whole word, not one per key.
    expect(searched(requests).map((query) => query.q)).toEqual([undefined, 'youss']);

    // Matched by its text: jsdom, unlike browsers, puts a space around the inline <mark> in names.
    const link = screen.getByText(
      (_, element) => element?.tagName === 'A' && element.textContent === 'Youssef El Amrani',
    );
    expect(link.getAttribute('href')).toBe('/kandidaten/665f1c2ab5c0f1a2b3c4d5e6');
    expect(within(link).getByText('Youss').tagName).toBe('MARK');
  });

  it('when the words find nothing, offers the suggestion in the announced count, and choosing it searches it', async () => {
    const { requests } = installFakeFetch(
      answer((request) => (request.url.includes('q=Vsisre') ? { ...empty, suggestions: ['visser'] } : found)),
    );
    const { router } = renderSignedIn('/kandidaten?zoek=Vsisre');

    const button = await screen.findByRole('button', { name: 'visser' });
    const status = button.closest('[role="status"]')!;
    expect(status.textContent).toBe('0 kandidaten gevonden voor ‘Vsisre’ Bedoelde u visser?');
    await userEvent.click(button);

    expect(router.state.location.search).toBe('?zoek=visser');
    const box = screen.getByLabelText<HTMLInputElement>('Zoeken op naam, vaardigheid of beroep');
    expect(box.value).toBe('visser');
    expect(document.activeElement).toBe(box);
    await waitFor(() => expect(searched(requests).at(-1)).toMatchObject({ q: 'visser' }));
    await screen.findByText('1 kandidaat gevonden voor ‘visser’');
  });

  it('applies a facet at once and starts again at the first page', async () => {
    installFakeFetch(answer(() => found));
    const { router } = renderSignedIn('/kandidaten?pagina=3');

    const licence = await screen.findByRole('group', { name: 'Heeft een rijbewijs B' });
    await userEvent.click(await within(licence).findByLabelText('Ja (1)'));

    expect(router.state.location.search).toBe('?rijbewijs=ja');
    await waitFor(() =>
      expect(within(licence).getByLabelText<HTMLInputElement>('Ja (1)').checked).toBe(true),
    );
  });

  it('clears the box, the filters and the address together', async () => {
    installFakeFetch(answer(() => found));
    const { router } = renderSignedIn('/kandidaten?zoek=youss&status=active&mijn=ja');
    const box = await screen.findByLabelText<HTMLInputElement>('Zoeken op naam, vaardigheid of beroep');
    expect(box.value).toBe('youss');

    await userEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));

    await waitFor(() => expect(box.value).toBe(''));
    expect(router.state.location.search).toBe('');
    const status = screen.getByRole('group', { name: 'Status' });
    expect(within(status).getByLabelText<HTMLInputElement>('Alle').checked).toBe(true);
  });

  it('narrows to the consultant’s own candidates and orders them, keeping both in the address', async () => {
    const { requests } = installFakeFetch(answer(() => found));
    const { router } = renderSignedIn('/kandidaten');

    const order = await screen.findByLabelText<HTMLSelectElement>('Sorteren op');
    // Without search words there is no relevance to order by.
    expect([...order.options].map((option) => option.text)).toEqual(['Naam', 'Langst wachtend']);
    await userEvent.selectOptions(order, 'Langst wachtend');
    const responsible = screen.getByRole('group', { name: 'Kandidaten' });
    await userEvent.click(within(responsible).getByLabelText('Alleen mijn kandidaten'));

    await waitFor(() => expect(router.state.location.search).toBe('?sorteer=wachttijd&mijn=ja'));
    await waitFor(() =>
      expect(searched(requests).at(-1)).toMatchObject({ consultantId: me.id, sort: 'waiting' }),
    );
    // The order is not a filter.
    expect(screen.getByText('Filters (1 gekozen)')).toBeTruthy();
  });

  it('offers relevance when there are search words, and marks a matched occupation', async () => {
    const [hit] = found.data;
    const occupation = {
      ...found,
      data: [
        {
          ...hit!,
          highlights: {
            ...hit!.highlights,
            occupationLabels: [
              { text: 'Schoon', match: true },
              { text: 'maker', match: false },
            ],
          },
        },
      ],
    };
    installFakeFetch(answer(() => occupation));
    renderSignedIn('/kandidaten?zoek=schoon');

    const order = await screen.findByLabelText<HTMLSelectElement>('Sorteren op');
    expect([...order.options].map((option) => option.text)).toEqual([
      'Relevantie',
      'Naam',
      'Langst wachtend',
    ]);
    expect(order.value).toBe('');
    const mark = await screen.findByText('Schoon');
    expect(mark.tagName).toBe('MARK');
    expect(mark.parentElement?.textContent).toBe('Beroepen: Schoonmaker');
  });
});
