import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { polyfillDialog } from '@/testing/dialog';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import {
  CANDIDATE_ID,
  matchFixture,
  matchingApi,
  PLACE_ID,
  placeFixture,
  proposalFixture,
} from '../testing/matching-fixtures';
import { ProposalsSection } from './proposals-section';

beforeAll(polyfillDialog);
beforeEach(() => resetCsrfToken());

const proposals = (data = [proposalFixture()], blockedBy: string[] = []) => ({
  status: 200,
  body: { data, blockedBy, excludedExisting: 1 },
});

describe('ProposalsSection', () => {
  it('when proposals come, then each shows its score and every reason in words and points, and shortlisting sends the candidate', async () => {
    let shortlisted = false;
    const { requests } = installFakeFetch(
      matchingApi((request) => {
        if (request.url.endsWith('/proposals')) return proposals(shortlisted ? [] : undefined);
        if (request.method === 'POST' && request.url.endsWith('/matches')) {
          shortlisted = true;
          return { status: 201, body: { data: matchFixture() } };
        }
      }),
    );
    const user = userEvent.setup();
    renderPage(<ProposalsSection place={placeFixture()} />);

    const reasons = await screen.findByRole('list', { name: 'Redenen voor Jan de Vries' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Vaardigheden 24/30 — 3 van 4 vereiste vaardigheden: schoonmaken',
      'Afstand 8,8/15 — 6,2 km per fiets (max 15 km)',
      'Wachttijd 7/10 — wacht 17 maanden',
    ]);
    expect(screen.getByText('Score 78,5 van 100')).toBeTruthy();
    expect(screen.getByText(/1 kandidaat voorgesteld\. 1 kandidaat staat al bij deze plek/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Op shortlist Jan de Vries' }));

    expect(await screen.findByText('Jan de Vries staat op de shortlist.')).toBeTruthy();
    // The button is gone with the proposal, so the message takes focus instead of the page's top.
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('status'));
    expect(screen.queryByRole('button', { name: 'Op shortlist Jan de Vries' })).toBeNull();
    const post = requests.find((r) => r.method === 'POST' && r.url === `/api/places/${PLACE_ID}/matches`);
    expect(post?.body).toEqual({
      candidateId: CANDIDATE_ID,
      action: 'shortlist',
      source: 'proposal',
      rank: 1,
    });
    expect(requests.find((r) => r.url.endsWith('/proposals'))?.body).toEqual({ limit: 10 });
  });

  it('when dismissing without a reason, then nothing is sent and the dialog says what is missing; with "other" a note is needed', async () => {
    const { requests } = installFakeFetch(
      matchingApi((request) => {
        if (request.url.endsWith('/proposals')) return proposals();
        if (request.url.endsWith('/matches')) {
          return { status: 201, body: { data: matchFixture({ stage: 'declined' }) } };
        }
      }),
    );
    const user = userEvent.setup();
    renderPage(<ProposalsSection place={placeFixture()} />);

    await user.click(await screen.findByRole('button', { name: 'Afwijzen Jan de Vries' }));
    const dialog = screen.getByRole('dialog', { name: 'Jan de Vries afwijzen' });
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen Jan de Vries' }));

    const summary = await within(dialog).findByRole('heading', { name: 'Er is een probleem' });
    expect(summary.closest('.utrecht-alert')).toBe(document.activeElement);
    expect(within(dialog).getByRole('link', { name: 'Reden is verplicht.' })).toBeTruthy();
    expect(within(dialog).getByLabelText('Reden').getAttribute('aria-invalid')).toBe('true');

    await user.selectOptions(within(dialog).getByLabelText('Reden'), 'other');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen Jan de Vries' }));
    expect(await within(dialog).findByRole('link', { name: 'Toelichting is verplicht.' })).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/matches'))).toBe(false);

    await user.type(within(dialog).getByLabelText('Toelichting'), 'Verhuist binnenkort');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen Jan de Vries' }));

    expect(await screen.findByText('Jan de Vries is afgewezen voor deze plek.')).toBeTruthy();
    const post = requests.find((r) => r.method === 'POST' && r.url.endsWith('/matches'));
    expect(post?.body).toEqual({
      candidateId: CANDIDATE_ID,
      action: 'dismiss',
      source: 'proposal',
      rank: 1,
      reason: 'other',
      note: 'Verhuist binnenkort',
    });
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
  });

  it('when the contractor carries a displacement flag, then the consultant confirms with a note of 10 characters or more', async () => {
    const flagged = placeFixture({ displacement: { flagged: true, confirmation: null } });
    const { requests } = installFakeFetch(
      matchingApi((request) => {
        if (request.url.endsWith('/proposals')) return proposals([], ['displacement_unconfirmed']);
        if (request.url.endsWith('/displacement-confirmation'))
          return { status: 200, body: { data: flagged } };
      }),
    );
    const user = userEvent.setup();
    renderPage(<ProposalsSection place={flagged} />);

    expect(await screen.findByText(/Bevestig eerst dat deze plek extra werk is/)).toBeTruthy();
    await user.type(screen.getByLabelText('Toelichting'), 'Extra');
    await user.click(screen.getByRole('button', { name: 'Bevestig: deze plek is extra werk' }));
    expect(
      await screen.findByRole('link', { name: 'Toelichting moet minstens 10 tekens hebben.' }),
    ).toBeTruthy();

    await user.type(screen.getByLabelText('Toelichting'), ' werk voor de nieuwe vestiging');
    await user.click(screen.getByRole('button', { name: 'Bevestig: deze plek is extra werk' }));

    expect(await screen.findByText('Bevestigd. Er worden nu kandidaten voorgesteld.')).toBeTruthy();
    const post = requests.find((r) => r.url.endsWith('/displacement-confirmation'));
    expect(post?.body).toEqual({ version: 3, note: 'Extra werk voor de nieuwe vestiging' });
  });

  it('when the place is not open, then it says so instead of proposing', async () => {
    installFakeFetch(matchingApi(() => proposals([], ['place_not_open'])));
    renderPage(<ProposalsSection place={placeFixture({ status: 'draft' })} />);
    expect(await screen.findByText('Voorstellen komen er zodra de plek open is.')).toBeTruthy();
  });
});
