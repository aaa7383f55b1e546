import type { TMatch, TMatchStage } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { paths } from '@/config/paths';
import { resetCsrfToken } from '@/lib/api-client';
import { polyfillDialog } from '@/testing/dialog';
import { installFakeFetch, type RecordedRequest } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import { accessibilityViolations } from '../testing/axe';
import { MATCH_ID, matchFixture, pageOf, PLACE_ID, pipelineApi } from '../testing/pipeline-fixtures';
import { MatchesRoute } from './matches';

beforeAll(polyfillDialog);
beforeEach(() => resetCsrfToken());

const OTHER_ID = '665f1c2ab5c0f1a2b3c4d702';

/** Jan proposed (the consultant may shortlist him), Piet shortlisted; moves change what the lists say. */
function serveBoard(role: 'consultant' | 'contractor' = 'consultant') {
  let matches: TMatch[] = [
    matchFixture({
      stage: 'proposed',
      version: 4,
      introduction: null,
      nextStages: ['shortlisted', 'declined'],
    }),
    matchFixture({
      id: OTHER_ID,
      candidate: { id: '665f1c2ab5c0f1a2b3c4d603', fullName: 'Piet Bakker', cv: null },
      stage: 'shortlisted',
      version: 2,
      introduction: null,
      nextStages: ['introduced', 'declined', 'withdrawn'],
    }),
  ];
  const fetch = installFakeFetch(
    pipelineApi(role, (request: RecordedRequest) => {
      const url = new URL(request.url, 'http://x');
      if (url.pathname === '/api/matches' && request.method === 'GET') {
        const stage = url.searchParams.get('stage') as TMatchStage;
        return { status: 200, body: pageOf(matches.filter((m) => m.stage === stage)) };
      }
      if (request.method === 'POST' && url.pathname.endsWith('/transitions')) {
        const { to } = request.body as { to: TMatchStage };
        matches = matches.map((m) =>
          request.url.includes(m.id) ? { ...m, stage: to, version: m.version + 1, nextStages: [] } : m,
        );
        const moved = matches.find((m) => request.url.includes(m.id));
        return { status: 200, body: { data: moved } };
      }
    }),
  );
  return fetch;
}

const column = (name: string) => screen.getByRole('list', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
/** A card is a list item headed by the candidate's name (its facts are a list of their own). */
const cardOf = (list: HTMLElement, name: string) =>
  within(list).getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;
const cardCount = (list: HTMLElement) => within(list).getAllByRole('heading', { level: 3 }).length;

describe('the match board', () => {
  it('shows a column per stage with its count, and moves a card with its version', async () => {
    const { requests } = serveBoard();
    const user = userEvent.setup();
    renderSignedIn(<MatchesRoute />, { route: paths.matches, path: '/matches' });

    expect(await screen.findByRole('heading', { level: 2, name: 'Voorgesteld (1)' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Op de shortlist (1)' })).toBeTruthy();
    const headings = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent?.replace(/ \(\d+\)$/, ''));
    expect(headings).toEqual([
      'Voorgesteld',
      'Op de shortlist',
      'Voorgesteld aan werkgever',
      'Gesprek',
      'Proefplaatsing',
      'In dienst',
    ]);
    const proposed = column('Voorgesteld');
    const card = cardOf(proposed, 'Jan de Vries');
    expect(within(card).getByRole('link', { name: 'Jan de Vries' }).getAttribute('href')).toBe(
      `/matches/${MATCH_ID}`,
    );
    expect(within(card).getByRole('link', { name: 'Schoonmaker kantoren' }).getAttribute('href')).toBe(
      `/plekken/${PLACE_ID}`,
    );
    // The match carries its place's title: no request per card.
    expect(requests.some((r) => r.url.startsWith('/api/places'))).toBe(false);

    await user.click(within(card).getByRole('button', { name: 'Op de shortlist zetten Jan de Vries' }));

    expect(await screen.findByText('Jan de Vries staat nu bij ‘Op de shortlist’.')).toBeTruthy();
    const move = requests.find((r) => r.method === 'POST');
    expect(move?.url).toBe(`/api/matches/${MATCH_ID}/transitions`);
    expect(move?.body).toEqual({ to: 'shortlisted', version: 4 });
    expect(move?.headers['x-csrf-token']).toBe('csrf-1');
    await waitFor(() =>
      expect(within(column('Op de shortlist')).getByRole('link', { name: 'Jan de Vries' })).toBeTruthy(),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Voorgesteld (0)' })).toBeTruthy();
  });

  it('declines only with a reason, and sends the reason', async () => {
    const { requests } = serveBoard();
    const user = userEvent.setup();
    renderSignedIn(<MatchesRoute />, { route: paths.matches, path: '/matches' });

    const card = cardOf(await screen.findByRole('list', { name: 'Op de shortlist (1)' }), 'Piet Bakker');
    // Piet is shortlisted: the consultant introduces him on the match page, so no "invite" here.
    expect(within(card).queryByRole('button', { name: /Uitnodigen voor gesprek/ })).toBeNull();
    expect(
      within(card).getByRole('link', { name: 'Meer stappen op de matchpagina voor Piet Bakker' }),
    ).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Afwijzen Piet Bakker' }));
    const dialog = screen.getByRole('dialog', { name: 'Piet Bakker afwijzen' });
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen Piet Bakker' }));

    expect(within(dialog).getByLabelText('Reden').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('link', { name: 'Reden is verplicht.' })).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.selectOptions(within(dialog).getByLabelText('Reden'), 'skills_mismatch');
    await user.type(within(dialog).getByLabelText('Toelichting'), 'Geen ervaring met machines');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen Piet Bakker' }));

    expect(await screen.findByText('Piet Bakker staat nu bij ‘Afgewezen’.')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      to: 'declined',
      version: 2,
      reason: 'skills_mismatch',
      note: 'Geen ervaring met machines',
    });
    expect(dialog.hasAttribute('open')).toBe(false);
  });

  it('when someone else moved the match first (409), then it says to reload and reloads on request', async () => {
    const { requests } = installFakeFetch(
      pipelineApi('consultant', (request) => {
        if (request.method === 'POST') {
          return { status: 409, body: { error: { code: 'stale_version', message: 'stale', details: {} } } };
        }
        const stage = new URL(request.url, 'http://x').searchParams.get('stage');
        if (request.url.startsWith('/api/matches')) {
          return {
            status: 200,
            body: pageOf(
              stage === 'proposed'
                ? [matchFixture({ stage: 'proposed', introduction: null, nextStages: ['shortlisted'] })]
                : [],
            ),
          };
        }
      }),
    );
    const user = userEvent.setup();
    renderSignedIn(<MatchesRoute />, { route: paths.matches, path: '/matches' });

    await user.click(await screen.findByRole('button', { name: 'Op de shortlist zetten Jan de Vries' }));
    expect(await screen.findByText(/Iemand anders heeft deze match net gewijzigd/)).toBeTruthy();
    const lists = () => requests.filter((r) => r.url.startsWith('/api/matches?')).length;
    const before = lists();
    await user.click(screen.getByRole('button', { name: 'Gegevens opnieuw laden' }));
    expect(await screen.findByText('De gegevens zijn opnieuw geladen.')).toBeTruthy();
    expect(lists()).toBeGreaterThan(before);
  });

  it('loads more cards per column and moves focus to the first new one', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      matchFixture({
        id: `665f1c2ab5c0f1a2b3c4d7${String(i).padStart(2, '0')}`,
        candidate: { id: '665f1c2ab5c0f1a2b3c4d603', fullName: `Kandidaat ${i + 1}`, cv: null },
        stage: 'interview',
        nextStages: [],
      }),
    );
    const { requests } = installFakeFetch(
      pipelineApi('contractor', (request) => {
        const url = new URL(request.url, 'http://x');
        if (url.pathname !== '/api/matches') return undefined;
        if (url.searchParams.get('stage') !== 'interview') return { status: 200, body: pageOf([]) };
        const page = Number(url.searchParams.get('page'));
        const data = page === 1 ? many.slice(0, 10) : many.slice(10);
        return { status: 200, body: pageOf(data, { page, total: 12, pages: 2 }) };
      }),
    );
    const user = userEvent.setup();
    renderSignedIn(<MatchesRoute />, { route: paths.matches, path: '/matches' });

    const list = await screen.findByRole('list', { name: 'Gesprek (12)' });
    expect(cardCount(list)).toBe(10);
    // Contractors follow the candidates introduced to them: no proposals or shortlists.
    expect(screen.queryByRole('heading', { name: /^Op de shortlist/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Meer laden in ‘Gesprek’' }));

    await waitFor(() => expect(document.activeElement?.textContent).toBe('Kandidaat 11'));
    expect(cardCount(list)).toBe(12);
    expect(screen.queryByRole('button', { name: 'Meer laden in ‘Gesprek’' })).toBeNull();
    expect(requests.map((r) => r.url)).toContain('/api/matches?stage=interview&page=2&limit=10');
  });

  it('also shows the matches that ended when asked, and keeps that choice in the address', async () => {
    serveBoard();
    const user = userEvent.setup();
    const { router } = renderSignedIn(<MatchesRoute />, { route: paths.matches, path: '/matches' });

    await screen.findByRole('heading', { name: /^In dienst/ });
    expect(screen.queryByRole('heading', { name: /^Afgewezen/ })).toBeNull();
    await user.click(
      screen.getByLabelText('Ook afgeronde matches tonen (afgewezen, teruggetrokken, gestopt)'),
    );

    expect(await screen.findByRole('heading', { name: 'Afgewezen (0)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Teruggetrokken (0)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Gestopt (0)' })).toBeTruthy();
    expect(router.state.location.search).toBe('?afgerond=ja');
  });

  it('has no WCAG 2.1 A/AA problems that axe can find', async () => {
    serveBoard();
    const { container } = renderSignedIn(<MatchesRoute />, { route: paths.matches, path: '/matches' });
    await screen.findByRole('link', { name: 'Jan de Vries' });
    await screen.findAllByRole('link', { name: 'Schoonmaker kantoren' });
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('when opened for one place, then every column asks only for that place and a link leads back to all', async () => {
    const { requests } = serveBoard();
    renderSignedIn(<MatchesRoute />, { route: paths.matches, path: `${paths.matches}?plek=${PLACE_ID}` });
    await screen.findByRole('heading', { level: 2, name: 'Voorgesteld (1)' });
    const asked = requests.filter((r) => r.method === 'GET' && r.url.startsWith('/api/matches'));
    expect(asked.length).toBeGreaterThan(0);
    for (const request of asked)
      expect(new URL(request.url, 'http://x').searchParams.get('placeId')).toBe(PLACE_ID);
    expect(screen.getByRole('link', { name: 'Alle matches tonen' }).getAttribute('href')).toBe(paths.matches);
  });
});
