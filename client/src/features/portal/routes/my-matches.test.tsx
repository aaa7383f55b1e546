import type { TMatch } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { polyfillDialog } from '@/testing/dialog';
import { installFakeFetch, type RecordedRequest } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import {
  candidateMatchFixture,
  MATCH_ID,
  OTHER_PLACE_ID,
  pageOf,
  PLACE_ID,
  portalApi,
} from '../testing/portal-fixtures';
import { MyMatchesRoute } from './my-matches';

beforeAll(polyfillDialog);
beforeEach(() => resetCsrfToken());

const OTHER_MATCH_ID = '665f1c2ab5c0f1a2b3c4d702';
const waitingMatch = candidateMatchFixture();
const interestMatch = candidateMatchFixture({
  id: OTHER_MATCH_ID,
  placeId: OTHER_PLACE_ID,
  place: { id: OTHER_PLACE_ID, title: 'Hovenier', contractorName: 'Groen BV', displacement: 'none' },
  stage: 'proposed',
  source: 'interest',
  introduction: null,
  nextStages: ['withdrawn'],
  version: 0,
});

const isList = (request: RecordedRequest, stage?: string) => {
  if (request.method !== 'GET' || !request.url.startsWith('/api/matches?')) return false;
  return new URL(request.url, 'http://x').searchParams.get('stage') === (stage ?? null);
};

/** The candidate's API: `waiting` and `all` say what the lists hold now (they change after a write). */
function candidateApi(state: { waiting: TMatch[]; all: TMatch[] }, write?: (r: RecordedRequest) => TMatch) {
  return portalApi((request) => {
    if (isList(request, 'shortlisted')) return { status: 200, body: pageOf(state.waiting) };
    if (isList(request)) return { status: 200, body: pageOf(state.all) };
    if (request.method === 'POST' && write) return { status: 200, body: { data: write(request) } };
  });
}

const posted = (requests: RecordedRequest[], path: string) =>
  requests.filter((r) => r.method === 'POST' && r.url === path).map((r) => r.body);

describe('Mijn matches', () => {
  it('when an introduction waits, then it says who asks and what yes means; Ja sends the consent and the list follows', async () => {
    const state = { waiting: [waitingMatch], all: [waitingMatch, interestMatch] };
    const { requests } = installFakeFetch(
      candidateApi(state, () => {
        const introduced = candidateMatchFixture({
          stage: 'introduced',
          nextStages: ['declined', 'withdrawn'],
        });
        Object.assign(state, { waiting: [], all: [introduced, interestMatch] });
        return introduced;
      }),
    );
    const user = userEvent.setup();
    renderPage(<MyMatchesRoute />, { path: '/mijn-matches' });

    expect(screen.getByRole('heading', { level: 1, name: 'Mijn matches' })).toBeTruthy();
    const waiting = await screen.findByRole('list', { name: 'Wacht op uw antwoord' });
    const card = await within(waiting).findByRole('listitem', { name: 'Schoonmaker kantoren' });
    expect(within(card).getByRole('link', { name: 'Schoonmaker kantoren' }).getAttribute('href')).toBe(
      `/plekken-zoeken/${PLACE_ID}`,
    );
    expect(card.textContent).toContain('Bij Bouwbedrijf Rijn');
    await within(card).findByText(
      'Carla Consulent, uw consulent, vraagt of u wilt worden voorgesteld aan Bouwbedrijf Rijn.',
    );
    expect(card.textContent).toContain('De werkgever ziet dan uw naam en een korte samenvatting van uw cv');
    expect(card.textContent).toContain('Zegt u nee, dan krijgt de werkgever niets over u te zien.');
    // The waiting one is not listed twice.
    const others = await screen.findByRole('list', { name: 'Uw plekken' });
    expect(
      within(others)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-labelledby')),
    ).toHaveLength(1);

    await user.click(within(card).getByRole('button', { name: 'Ja, stel mij voor – Schoonmaker kantoren' }));

    expect(
      await screen.findByText(
        'Dank u. Bouwbedrijf Rijn ziet nu uw naam en een korte samenvatting van uw cv. Uw consulent neemt contact met u op over een gesprek.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('status'));
    expect(posted(requests, `/api/matches/${MATCH_ID}/consent`)).toEqual([
      { version: 4, given: true, inPerson: false },
    ]);
    expect(await screen.findByText('Er wachten geen vragen op uw antwoord.')).toBeTruthy();
    const introduced = await within(others).findByRole('listitem', { name: 'Schoonmaker kantoren' });
    expect(introduced.textContent).toContain('U bent voorgesteld aan de werkgever');
    expect(introduced.textContent).toContain(
      'De werkgever bekijkt uw gegevens; uw consulent neemt contact met u op over een gesprek.',
    );
  });

  it('when the candidate says Nee, then a dialog confirms it with an optional note and sends given false', async () => {
    const state = { waiting: [waitingMatch], all: [waitingMatch] };
    const { requests } = installFakeFetch(
      candidateApi(state, () => {
        const declined = candidateMatchFixture({
          stage: 'declined',
          nextStages: [],
          dismissal: { reason: 'not_interested', note: 'Te vroeg', by: 'candidate' },
        });
        Object.assign(state, { waiting: [], all: [declined] });
        return declined;
      }),
    );
    const user = userEvent.setup();
    renderPage(<MyMatchesRoute />, { path: '/mijn-matches' });

    const no = await screen.findByRole('button', { name: 'Nee – Schoonmaker kantoren' });
    await waitFor(() => expect(no.textContent).toContain('Schoonmaker kantoren'));
    await user.click(no);
    const dialog = screen.getByRole('dialog', { name: 'Nee zeggen tegen Schoonmaker kantoren?' });
    expect(posted(requests, `/api/matches/${MATCH_ID}/consent`)).toEqual([]);
    await user.type(within(dialog).getByLabelText('Bericht aan uw consulent (niet verplicht)'), 'Te vroeg');
    await user.click(within(dialog).getByRole('button', { name: 'Nee, stel mij niet voor' }));

    expect(
      await screen.findByText('U heeft nee gezegd. Bouwbedrijf Rijn krijgt niets over u te zien.'),
    ).toBeTruthy();
    expect(posted(requests, `/api/matches/${MATCH_ID}/consent`)).toEqual([
      { version: 4, given: false, inPerson: false, note: 'Te vroeg' },
    ]);
    const others = await screen.findByRole('list', { name: 'Uw plekken' });
    expect(await within(others).findByText('U heeft nee gezegd')).toBeTruthy();
  });

  it('when the answer comes too late (someone changed the match), then it says so and shows the match as it is now', async () => {
    const state = { waiting: [waitingMatch], all: [waitingMatch] };
    const { requests } = installFakeFetch(
      portalApi((request) => {
        if (request.method === 'POST') {
          return { status: 409, body: { error: { code: 'stale_version', message: 'stale', details: {} } } };
        }
        return candidateApi(state)(request);
      }),
    );
    const user = userEvent.setup();
    renderPage(<MyMatchesRoute />, { path: '/mijn-matches' });

    await user.click(await screen.findByRole('button', { name: /^Ja, stel mij voor/ }));
    expect(await screen.findByText(/Iemand anders heeft dit net gewijzigd/)).toBeTruthy();
    await waitFor(() => expect(requests.filter((r) => isList(r, 'shortlisted'))).toHaveLength(2));
  });

  it('lets the candidate withdraw their interest after confirming, with a reason', async () => {
    const state = { waiting: [] as TMatch[], all: [interestMatch] };
    const { requests } = installFakeFetch(
      candidateApi(state, () => {
        const withdrawn = {
          ...interestMatch,
          stage: 'withdrawn' as const,
          nextStages: [],
          dismissal: { reason: 'found_other_work' as const, note: '', by: 'candidate' as const },
        };
        state.all = [withdrawn];
        return withdrawn;
      }),
    );
    const user = userEvent.setup();
    renderPage(<MyMatchesRoute />, { path: '/mijn-matches' });

    const card = await screen.findByRole('listitem', { name: 'Hovenier' });
    expect(card.textContent).toContain('U heeft interesse getoond');
    expect(
      within(card).getByRole('link', { name: 'Alle details van deze match – Hovenier' }).getAttribute('href'),
    ).toBe(`/matches/${OTHER_MATCH_ID}`);
    await user.click(within(card).getByRole('button', { name: 'Trek mijn interesse in – Hovenier' }));
    const dialog = screen.getByRole('dialog', { name: 'Interesse intrekken voor Hovenier?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trek mijn interesse in' }));
    expect(
      await within(dialog).findByRole('link', { name: 'Waarom trekt u uw interesse in? is verplicht.' }),
    ).toBeTruthy();
    expect(posted(requests, `/api/matches/${OTHER_MATCH_ID}/transitions`)).toEqual([]);

    await user.selectOptions(
      within(dialog).getByLabelText('Waarom trekt u uw interesse in?'),
      'found_other_work',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trek mijn interesse in' }));

    expect(await screen.findByText('U heeft uw interesse ingetrokken voor Hovenier.')).toBeTruthy();
    expect(posted(requests, `/api/matches/${OTHER_MATCH_ID}/transitions`)).toEqual([
      { to: 'withdrawn', version: 0, reason: 'found_other_work', note: '' },
    ]);
    expect(await screen.findByText('U heeft uw interesse ingetrokken')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Trek mijn interesse in/ })).toBeNull();
  });

  it('when the place is filled or closed, then the match still names it and tells where it stands', async () => {
    const closedPlaceId = '665f1c2ab5c0f1a2b3c4d599';
    const hired = candidateMatchFixture({
      placeId: closedPlaceId,
      place: {
        id: closedPlaceId,
        title: 'Magazijnmedewerker',
        contractorName: 'Logistiek Oost',
        displacement: 'none',
      },
      stage: 'hired',
      nextStages: [],
      employment: {
        startDate: '2027-02-01',
        contractType: 'permanent',
        hoursPerWeek: 32,
        plannedEnd: null,
        mboLevel: null,
        aftercare: [
          {
            month: 1,
            dueDate: '2027-03-01',
            doneAt: '2027-03-02T09:00:00.000Z',
            stillEmployed: true,
            note: '',
            by: null,
          },
          { month: 3, dueDate: '2027-05-01', doneAt: null, stillEmployed: null, note: '', by: null },
        ],
        durable: false,
        ended: null,
      },
    });
    const { requests } = installFakeFetch(candidateApi({ waiting: [], all: [hired] }));
    renderPage(<MyMatchesRoute />, { path: '/mijn-matches' });

    const card = await screen.findByRole('listitem', { name: 'Magazijnmedewerker' });
    expect(card.textContent).toContain('Bij Logistiek Oost');
    expect(card.textContent).toContain('U bent in dienst');
    expect(card.textContent).toContain('U werkt hier sinds 1 feb 2027.');
    expect(card.textContent).toContain('Het volgende gesprek is rond 1 mei 2027.');
    expect(screen.getByText('Er wachten geen vragen op uw antwoord.')).toBeTruthy();
    // The match carries its place's title and employer: no place is asked for.
    expect(requests.some((r) => r.url.startsWith('/api/places'))).toBe(false);
  });

  it('asks for the page in the address and offers the other pages', async () => {
    const { requests } = installFakeFetch(
      portalApi((request) => {
        if (isList(request, 'shortlisted')) return { status: 200, body: pageOf([]) };
        if (isList(request)) {
          return {
            status: 200,
            body: { data: [interestMatch], page: { page: 2, limit: 10, total: 11, pages: 2 } },
          };
        }
      }),
    );
    renderPage(<MyMatchesRoute />, { path: '/mijn-matches?pagina=2' });

    const pagination = await screen.findByRole('navigation', { name: 'Paginering' });
    expect(within(pagination).getByRole('link', { name: 'Vorige' }).getAttribute('href')).toBe(
      '/mijn-matches',
    );
    const list = requests.find((r) => isList(r));
    expect(Object.fromEntries(new URL(list!.url, 'http://x').searchParams)).toEqual({
      page: '2',
      limit: '10',
    });
    const waiting = requests.find((r) => isList(r, 'shortlisted'));
    expect(Object.fromEntries(new URL(waiting!.url, 'http://x').searchParams)).toEqual({
      stage: 'shortlisted',
      page: '1',
      limit: '100',
    });
  });
});
