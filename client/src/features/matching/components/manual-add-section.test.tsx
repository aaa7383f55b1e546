import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { polyfillDialog } from '@/testing/dialog';
import { installFakeFetch, type FakeAnswer } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { CANDIDATE_ID, MATCH_ID, matchFixture, matchingApi, PLACE_ID } from '../testing/matching-fixtures';
import { ManualAddSection } from './manual-add-section';
import { PlaceMatchesSection } from './place-matches-section';

beforeAll(polyfillDialog);
beforeEach(() => resetCsrfToken());

const hit = {
  id: CANDIDATE_ID,
  fullName: 'Fatima El Amrani',
  skills: ['schoonmaken'],
  occupations: [],
  municipalityCode: 'GM0202',
  status: 'active',
  hours: { min: 20, max: 32 },
  highlights: {},
};

function serve(createAnswer: FakeAnswer) {
  return installFakeFetch(
    matchingApi((request) => {
      if (request.url.startsWith('/api/candidates/search')) {
        return {
          status: 200,
          body: { data: [hit], page: { page: 1, limit: 8, total: 1, pages: 1 }, facets: {} },
        };
      }
      if (request.method === 'POST') return createAnswer;
    }),
  );
}

async function pickFatima(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Zoek kandidaat'), 'fati');
  expect(await screen.findByText('1 kandidaat gevonden.')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Kies Fatima El Amrani' }));
  const chosen = screen.getByRole('heading', { name: 'Gekozen: Fatima El Amrani' });
  expect(document.activeElement).toBe(chosen);
}

describe('ManualAddSection', () => {
  it('when a consultant picks a candidate and adds them, then the API gets a manual shortlist', async () => {
    const { requests } = serve({ status: 201, body: { data: matchFixture({ source: 'manual' }) } });
    const user = userEvent.setup();
    renderPage(<ManualAddSection placeId={PLACE_ID} />);

    await pickFatima(user);
    await user.click(screen.getByRole('button', { name: 'Fatima El Amrani op de shortlist zetten' }));

    expect(await screen.findByText('Fatima El Amrani is handmatig op de shortlist gezet.')).toBeTruthy();
    expect(requests.find((r) => r.url.startsWith('/api/candidates/search'))?.url).toBe(
      '/api/candidates/search?q=fati&limit=8',
    );
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      candidateId: CANDIDATE_ID,
      action: 'shortlist',
      source: 'manual',
    });
  });

  it('when the candidate has not consented to matching (422), then it says so and links to the candidate', async () => {
    serve({
      status: 422,
      body: {
        error: {
          code: 'unprocessable',
          message: 'The candidate has not consented to matching',
          details: { issues: [{ path: 'body.candidateId', code: 'no_consent', message: 'No consent' }] },
        },
      },
    });
    const user = userEvent.setup();
    renderPage(<ManualAddSection placeId={PLACE_ID} />);
    await pickFatima(user);
    await user.click(screen.getByRole('button', { name: 'Fatima El Amrani op de shortlist zetten' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze kandidaat heeft geen toestemming gegeven voor matching.');
    expect(within(alert).getByRole('link', { name: 'Naar de kandidaat' }).getAttribute('href')).toBe(
      `/kandidaten/${CANDIDATE_ID}`,
    );
  });

  it('when the candidate already has a match for the place (409), then it says so', async () => {
    serve({
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message: 'exists',
          details: { fields: ['candidateId'], reason: 'match_exists' },
        },
      },
    });
    const user = userEvent.setup();
    renderPage(<ManualAddSection placeId={PLACE_ID} />);
    await pickFatima(user);
    await user.click(screen.getByRole('button', { name: 'Fatima El Amrani op de shortlist zetten' }));
    expect((await screen.findByRole('alert')).textContent?.trim()).toBe(
      'Deze kandidaat staat al bij deze plek (op de shortlist of afgewezen).',
    );
  });
});

describe('PlaceMatchesSection', () => {
  it('lists each match with its stage, and dismisses a shortlisted one with its version and a reason', async () => {
    const declined = matchFixture({
      id: '665f1c2ab5c0f1a2b3c4d702',
      candidate: { id: '665f1c2ab5c0f1a2b3c4d603', fullName: 'Piet Bakker', cv: null },
      stage: 'declined',
      source: 'manual',
      overriddenConstraints: ['out_of_travel_reach'],
      dismissal: { reason: 'too_far', note: '', by: 'consultant' },
    });
    const { requests } = installFakeFetch(
      matchingApi((request) => {
        if (request.url.startsWith(`/api/places/${PLACE_ID}/matches`)) {
          return {
            status: 200,
            body: {
              data: [matchFixture({ version: 4 }), declined],
              page: { page: 1, limit: 20, total: 2, pages: 1 },
            },
          };
        }
        if (request.url === `/api/matches/${MATCH_ID}/dismiss`) {
          return { status: 200, body: { data: matchFixture({ stage: 'declined' }) } };
        }
      }),
    );
    const user = userEvent.setup();
    renderPage(<PlaceMatchesSection placeId={PLACE_ID} />);

    const table = await screen.findByRole('table', { name: 'Kandidaten bij deze plek' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first?.textContent).toContain('Op de shortlist');
    expect(second?.textContent).toContain('AfgewezenReden: Te ver weg');
    expect(second?.textContent).toContain('Handmatig toegevoegdOndanks: buiten de reisafstand');
    expect(
      within(first!).getByRole('link', { name: 'Match van Jan de Vries openen' }).getAttribute('href'),
    ).toBe(`/matches/${MATCH_ID}`);

    await user.click(within(table).getByRole('button', { name: 'Afwijzen Jan de Vries' }));
    const dialog = screen.getByRole('dialog', { name: 'Jan de Vries afwijzen' });
    await user.selectOptions(within(dialog).getByLabelText('Reden'), 'hours_mismatch');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen Jan de Vries' }));

    expect(await screen.findByText('Jan de Vries is afgewezen voor deze plek.')).toBeTruthy();
    expect(requests.find((r) => r.url.endsWith('/dismiss'))?.body).toEqual({
      version: 4,
      reason: 'hours_mismatch',
      note: '',
    });
  });
});
