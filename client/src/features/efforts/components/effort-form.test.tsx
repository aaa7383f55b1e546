import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer } from '@/testing/fake-fetch';
import { CONTRACT_ID, effortFixture } from '@/testing/fixtures';
import { renderSignedIn } from '@/testing/render';
import { effortsApi, WERKPLAATS } from '../testing/effort-fixtures';
import { EffortForm } from './effort-form';

beforeEach(() => resetCsrfToken());

function formWith(saveAnswer: FakeAnswer, onSaved = jest.fn()) {
  const fake = installFakeFetch(
    effortsApi('contractor', (request) => (request.url === '/api/efforts' ? saveAnswer : undefined)),
  );
  renderSignedIn(<EffortForm contractId={CONTRACT_ID} onSaved={onSaved} />);
  return { ...fake, onSaved };
}

async function fillInPurchase(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: WERKPLAATS.name });
  await user.type(screen.getByLabelText('Omschrijving'), 'Groenonderhoud bedrijventerrein');
  fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-09-15' } });
  await user.type(screen.getByLabelText('Factuurbedrag exclusief btw'), '12.500,00');
  await user.selectOptions(screen.getByLabelText('Sociale onderneming'), WERKPLAATS.id);
  await user.type(screen.getByLabelText('Bewijs'), 'Factuur 2026-114');
}

describe('EffortForm', () => {
  it('when a purchase is submitted, then it posts exact cents and the social enterprise for the chosen contract', async () => {
    const user = userEvent.setup();
    const { requests, onSaved } = formWith({ status: 201, body: { data: effortFixture() } });
    await fillInPurchase(user);
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      contractId: CONTRACT_ID,
      kind: 'social_purchase',
      description: 'Groenonderhoud bedrijventerrein',
      date: '2026-09-15',
      amountCents: 1_250_000,
      hours: null,
      socialEnterpriseId: WERKPLAATS.id,
      evidence: 'Factuur 2026-114',
    });
  });

  it('when volunteering is chosen, then hours are asked instead of an amount or enterprise', async () => {
    const user = userEvent.setup();
    const { requests, onSaved } = formWith({ status: 201, body: { data: effortFixture() } });
    await screen.findByLabelText('Factuurbedrag exclusief btw');
    await user.click(screen.getByLabelText('Vrijwilligerswerk'));
    expect(screen.queryByLabelText('Factuurbedrag exclusief btw')).toBeNull();
    expect(screen.queryByLabelText('Sociale onderneming')).toBeNull();
    await user.type(screen.getByLabelText('Omschrijving'), 'Begeleiding sportdag');
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-10-01' } });
    await user.type(screen.getByLabelText('Aantal uren'), '16');
    await user.type(screen.getByLabelText('Bewijs'), 'Urenstaat');
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      kind: 'volunteering',
      hours: 16,
      amountCents: null,
      socialEnterpriseId: null,
    });
  });

  it('when a purchase lacks its enterprise, then the form says so at the field and sends nothing', async () => {
    const user = userEvent.setup();
    const { requests } = formWith({ status: 201, body: { data: effortFixture() } });
    await fillInPurchase(user);
    // Everything else is valid: the rule that a purchase names its enterprise runs on parsed fields only.
    await user.selectOptions(screen.getByLabelText('Sociale onderneming'), '');
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    const field = screen.getByLabelText('Sociale onderneming');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('when the API answers 422 at the date, then the error is at the date and everything typed stays', async () => {
    const user = userEvent.setup();
    formWith({
      status: 422,
      body: {
        error: {
          code: 'unprocessable',
          message: 'Outside the contract',
          details: {
            issues: [
              { path: 'body.date', code: 'invalid', message: 'The effort must fall within the contract' },
            ],
          },
        },
      },
    });
    await fillInPurchase(user);
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    await waitFor(() => expect(screen.getByLabelText('Datum').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Omschrijving')).toHaveProperty('value', 'Groenonderhoud bedrijventerrein');
    expect(screen.getByLabelText('Factuurbedrag exclusief btw')).toHaveProperty('value', '12.500,00');
    expect(screen.getByLabelText('Sociale onderneming')).toHaveProperty('value', WERKPLAATS.id);
  });
});
