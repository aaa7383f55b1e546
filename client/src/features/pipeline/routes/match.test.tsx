import type { TMatch } from '@kansplek/api/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { paths } from '@/config/paths';
import { resetCsrfToken } from '@/lib/api-client';
import { refreshAfterNotification } from '@/lib/live-queries';
import { polyfillDialog } from '@/testing/dialog';
import { installFakeFetch, type FakeAnswer, type RecordedRequest } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import { accessibilityViolations } from '../testing/axe';
import {
  CANDIDATE_ID,
  CONSULTANT,
  MATCH_ID,
  matchFixture,
  matchUrl,
  pipelineApi,
  runningTrial,
} from '../testing/pipeline-fixtures';
import { MatchRoute } from './match';

beforeAll(polyfillDialog);
beforeEach(() => resetCsrfToken());

const introduced = matchFixture({
  candidate: {
    id: CANDIDATE_ID,
    fullName: 'Jan de Vries',
    cv: {
      skills: ['schoonmaken', 'heftruck'],
      occupations: ['Schoonmaker'],
      workExperience: [{ title: 'Schoonmaker', employer: 'Schoon BV', from: '2019-03', to: null }],
      education: [{ level: 'mbo2', programme: 'Schoonmaak', completed: true }],
      educationLevel: 'mbo2',
      dutchLevel: 'B1',
      drivingLicence: false,
    },
  },
  stage: 'introduced',
  version: 6,
  nextStages: ['interview', 'declined'],
  introduction: {
    requestedAt: '2026-11-21T09:00:00.000Z',
    requestedBy: CONSULTANT,
    consent: { given: true, at: '2026-11-22T10:30:00.000Z', inPerson: true, by: CONSULTANT },
  },
  timeline: [
    { stage: 'shortlisted', at: '2026-11-20T10:00:00.000Z', by: CONSULTANT, note: '', event: null },
    {
      stage: 'shortlisted',
      at: '2026-11-21T09:00:00.000Z',
      by: CONSULTANT,
      note: '',
      event: 'introduction_requested',
    },
    {
      stage: 'introduced',
      at: '2026-11-22T10:30:00.000Z',
      by: CONSULTANT,
      note: 'Gesproken op het spreekuur',
      event: null,
    },
  ],
});

/** The match page's API: GET answers with `current()` (it may change), POSTs with `post`. */
function serveMatch(
  role: 'consultant' | 'contractor' | 'candidate',
  current: () => TMatch,
  post?: FakeAnswer,
) {
  return installFakeFetch(
    pipelineApi(role, (request: RecordedRequest) => {
      if (request.url === matchUrl && request.method === 'GET')
        return { status: 200, body: { data: current() } };
      if (request.method === 'POST') return post;
    }),
  );
}

const openMatchPage = () =>
  renderSignedIn(<MatchRoute />, { route: paths.match, path: `/matches/${MATCH_ID}` });

describe('the match page', () => {
  it('shows the contractor where the match stands, how it got here, and only the moves open to them', async () => {
    serveMatch('contractor', () => introduced);
    const { container } = openMatchPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Schoonmaker kantoren' })).toBeTruthy();
    expect(screen.getByText('Voorgesteld aan werkgever', { selector: '.kp-tag' })).toBeTruthy();
    const buttons = within(screen.getByRole('region', { name: 'Volgende stap' }))
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(buttons).toEqual(['Afwijzen Jan de Vries']);
    // The interview needs its date, times and place: a form of its own, linked from "what happens next".
    expect(screen.getByRole('link', { name: /Naar het sollicitatiegesprek/ }).getAttribute('href')).toBe(
      '#sollicitatiegesprek',
    );
    const interview = screen.getByRole('region', { name: 'Sollicitatiegesprek' });
    expect(
      within(interview).getByRole('button', { name: 'Uitnodigen voor gesprek Jan de Vries' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Terugtrekken/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Proefplaatsing' })).toBeNull();
    expect(screen.getByText(/Persoonlijk gegeven, vastgelegd door Carla Consulent/)).toBeTruthy();
    const cv = screen.getByRole('region', { name: 'Cv-samenvatting' });
    expect(within(cv).getByText('schoonmaken, heftruck')).toBeTruthy();
    expect(within(cv).getByText('Schoonmaker bij Schoon BV (2019-03 – nu)')).toBeTruthy();
    expect(within(cv).getByText('B1 – redt zich op het werk')).toBeTruthy();

    const events = within(screen.getByRole('region', { name: 'Tijdlijn' })).getAllByRole('listitem');
    // The time of day depends on the machine's time zone; the rest does not.
    expect(events.map((event) => event.textContent)).toEqual([
      expect.stringMatching(/^Op de shortlist — 20 november 2026 om \d\d:00 — door Carla Consulent$/),
      expect.stringMatching(
        /^Toestemming voor introductie gevraagd — 21 november 2026 om \d\d:00 — door Carla Consulent$/,
      ),
      expect.stringMatching(
        /^Voorgesteld aan werkgever — 22 november 2026 om \d\d:30 — door Carla ConsulentGesproken op het spreekuur$/,
      ),
    ]);
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('lets the consultant ask for consent to introduce a shortlisted candidate, and nothing that is not next', async () => {
    const shortlisted = matchFixture({ version: 3, nextStages: ['introduced', 'declined', 'withdrawn'] });
    const asked = {
      ...shortlisted,
      version: 4,
      introduction: { requestedAt: '2026-11-21T09:00:00.000Z', requestedBy: CONSULTANT, consent: null },
    };
    let current = shortlisted;
    const { requests } = serveMatch('consultant', () => current, { status: 200, body: { data: asked } });
    const user = userEvent.setup();
    openMatchPage();

    await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' });
    expect(screen.queryByRole('button', { name: /Uitnodigen voor gesprek/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Afwijzen Jan de Vries' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Terugtrekken Jan de Vries' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Antwoord vastleggen/ })).toBeNull();

    current = asked;
    await user.click(screen.getByRole('button', { name: 'Toestemming vragen' }));

    expect(
      await screen.findByText('Jan de Vries is gevraagd om toestemming voor de introductie.'),
    ).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: `${matchUrl}/introduction`,
      body: { version: 3, note: '' },
    });
    // Now the consultant can record an answer the candidate gave in person.
    expect(
      await screen.findByRole('heading', { name: 'Antwoord vastleggen dat de kandidaat persoonlijk gaf' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Toestemming vragen' })).toBeNull();
  });

  it('records consent given in person as such', async () => {
    const waiting = matchFixture({
      version: 4,
      nextStages: ['introduced', 'declined', 'withdrawn'],
      introduction: { requestedAt: '2026-11-21T09:00:00.000Z', requestedBy: CONSULTANT, consent: null },
    });
    const { requests } = serveMatch('consultant', () => waiting, { status: 200, body: { data: introduced } });
    const user = userEvent.setup();
    openMatchPage();

    const answer = await screen.findByRole('group', { name: 'Antwoord van de kandidaat' });
    await user.click(within(answer).getByLabelText('Geeft toestemming om te worden voorgesteld'));
    await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));

    expect(await screen.findByText(/De toestemming is vastgelegd/)).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: `${matchUrl}/consent`,
      body: { version: 4, given: true, inPerson: true, note: '' },
    });
  });

  it('lets the candidate answer an introduction request themselves (not in person)', async () => {
    const waiting = matchFixture({
      version: 4,
      nextStages: ['introduced', 'declined'],
      introduction: { requestedAt: '2026-11-21T09:00:00.000Z', requestedBy: CONSULTANT, consent: null },
    });
    const { requests } = serveMatch('candidate', () => waiting, { status: 200, body: { data: introduced } });
    const user = userEvent.setup();
    openMatchPage();

    expect((await screen.findByRole('link', { name: 'Terug naar mijn matches' })).getAttribute('href')).toBe(
      '/mijn-matches',
    );
    await user.click(
      within(await screen.findByRole('group', { name: 'Uw antwoord' })).getByLabelText('Ja, stel mij voor'),
    );
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));

    expect(await screen.findByText(/De toestemming is vastgelegd/)).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      version: 4,
      given: true,
      inPerson: false,
      note: '',
    });
  });

  it('when the candidate has not consented to sharing, then asking for the introduction says so and links to them', async () => {
    serveMatch('consultant', () => matchFixture({ nextStages: ['introduced', 'declined', 'withdrawn'] }), {
      status: 422,
      body: {
        error: {
          code: 'unprocessable',
          message: 'No sharing consent',
          details: { issues: [{ path: 'params.id', code: 'no_sharing_consent', message: 'No consent' }] },
        },
      },
    });
    const user = userEvent.setup();
    openMatchPage();
    await user.click(await screen.findByRole('button', { name: 'Toestemming vragen' }));

    expect(
      await screen.findByText(/heeft geen toestemming gegeven om gegevens met werkgevers te delen/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de kandidaat' }).getAttribute('href')).toBe(
      `/kandidaten/${CANDIDATE_ID}`,
    );
  });

  it('when the move is no longer possible (422), then it says what is possible now', async () => {
    serveMatch('contractor', () => introduced, {
      status: 422,
      body: {
        error: {
          code: 'invalid_transition',
          message: 'A trial match cannot move to interview by a contractor',
          details: { from: 'trial', to: 'interview', allowed: ['hired', 'stopped'] },
        },
      },
    });
    const user = userEvent.setup();
    openMatchPage();
    const invite = await screen.findByRole('button', { name: 'Uitnodigen voor gesprek Jan de Vries' });
    fireEvent.change(screen.getByLabelText('Begintijd'), { target: { value: '10:00' } });
    fireEvent.change(screen.getByLabelText('Eindtijd'), { target: { value: '11:00' } });
    await user.type(screen.getByLabelText('Plaats'), 'Markt 1, Arnhem');
    await user.click(invite);

    const problem = await screen.findByText(/Deze stap kan nu niet/);
    const alert = problem.closest('.utrecht-alert') as HTMLElement;
    expect(alert.textContent).toContain('Wat u nu wel kunt doen: In dienst, Gestopt.');
    expect(within(alert).getByRole('button', { name: 'Gegevens opnieuw laden' })).toBeTruthy();
    // Shown above the interview form, as every step form shows a refusal, and given focus.
    await waitFor(() => expect(alert).toBe(document.activeElement));
  });

  it('when a notification about a match arrives, then the open page shows the match as it is now', async () => {
    let current: TMatch = introduced;
    const { requests } = serveMatch('contractor', () => current);
    const { queryClient } = openMatchPage();
    await screen.findByText('Voorgesteld aan werkgever', { selector: '.kp-tag' });

    current = {
      ...introduced,
      stage: 'interview',
      version: 7,
      nextStages: ['trial', 'declined'],
      interview: { date: '2027-01-12', startTime: '10:00', endTime: '11:00', location: 'Markt 1, Arnhem' },
    };
    await refreshAfterNotification(queryClient, 'interview_planned');

    expect(await screen.findByText('Gesprek', { selector: '.kp-tag' })).toBeTruthy();
    const interview = screen.getByRole('region', { name: 'Sollicitatiegesprek' });
    expect(within(interview).getByText('10:00–11:00 uur')).toBeTruthy();
    expect(within(interview).getByText('Markt 1, Arnhem')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Proefplaatsing starten' })).toBeTruthy();
    expect(requests.filter((r) => r.url === matchUrl)).toHaveLength(2);
  });

  it('has no WCAG 2.1 A/AA problems that axe can find, with a running trial and its forms', async () => {
    serveMatch('consultant', () =>
      matchFixture({
        stage: 'trial',
        nextStages: ['hired', 'stopped'],
        trial: runningTrial,
        score: {
          score: 78.5,
          distanceKm: 6.2,
          reasons: [
            { factor: 'distance', points: 8.8, maxPoints: 15, params: { km: 6.2, maxKm: 15, mode: 'bike' } },
          ],
        },
        timeline: introduced.timeline,
      }),
    );
    const { container } = openMatchPage();
    await screen.findByRole('heading', { name: 'Uitkomst van de proefplaatsing' });
    await screen.findByRole('link', { name: 'Schoonmaker kantoren' });
    expect(screen.getByRole('list', { name: 'Redenen voor Jan de Vries' })).toBeTruthy();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('when the contractor carries a displacement flag, then the page says the place waits for a consultant’s confirmation, and once confirmed, that it was', async () => {
    let current = matchFixture({
      stage: 'interview',
      nextStages: ['trial', 'declined'],
      place: { ...introduced.place, displacement: 'unconfirmed' },
    });
    serveMatch('contractor', () => current);
    const { container, unmount } = openMatchPage();
    await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' });
    expect(screen.getByText('Verdringingsrisico.').closest('.utrecht-alert')!.textContent).toContain(
      'kunnen pas nadat een consulent op de pagina van de plek heeft bevestigd dat deze plek extra werk is',
    );
    expect(await accessibilityViolations(container)).toEqual([]);
    unmount();

    current = { ...current, place: { ...current.place, displacement: 'confirmed' } };
    openMatchPage();
    expect(await screen.findByText(/een consulent heeft bevestigd dat deze plek extra werk is/)).toBeTruthy();
    expect(screen.queryByText('Verdringingsrisico.')).toBeNull();
  });

  it('when the contractor carries no displacement flag, then the page says nothing about it', async () => {
    serveMatch('consultant', () => introduced);
    openMatchPage();
    await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' });
    expect(screen.queryByText(/Verdringingsrisico/)).toBeNull();
  });
});
