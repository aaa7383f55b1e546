import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer, type RecordedRequest } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { createPlace } from '../api/create-place';
import { PlaceForm } from './place-form';

const CONTRACT_ID = '665f1c2ab5c0f1a2b3c4d5e9';

/** The API is outside the client: contracts to choose from, and the given answer to the create request. */
function serveApi(createAnswer: FakeAnswer) {
  return installFakeFetch((request: RecordedRequest) => {
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    if (request.url.startsWith('/api/contracts'))
      return {
        status: 200,
        body: {
          data: [
            {
              id: CONTRACT_ID,
              title: 'Onderhoud wegen',
              reference: 'OW-2026',
              status: 'active',
              valueCents: 1,
            },
          ],
          page: { page: 1, limit: 100, total: 1, pages: 1 },
        },
      };
    return createAnswer;
  });
}

beforeEach(() => resetCsrfToken());

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('Soort plek'), 'job');
  await user.type(screen.getByLabelText('Titel'), 'Schoonmaker kantoren');
  await user.type(screen.getByLabelText('Omschrijving'), 'Kantoren schoonmaken in de ochtend.');
  await user.type(screen.getByLabelText('Uren per week, minimaal'), '12');
  await user.type(screen.getByLabelText('Uren per week, maximaal'), '24');
  await user.type(screen.getByLabelText('Postcode'), '1011 AB');
  await user.type(screen.getByRole('textbox', { name: 'Vereiste vaardigheden' }), 'schoonmaken{Enter}');
  await user.type(screen.getByRole('textbox', { name: 'Vereiste vaardigheden' }), 'hygiëne');
  await user.click(screen.getByLabelText('Jobcoach'));
  await user.selectOptions(await screen.findByLabelText('Telt mee voor opdracht'), CONTRACT_ID);
}

function renderCreateForm() {
  return renderPage(
    <PlaceForm
      mode="create"
      chooseContractor={false}
      cancelTo="/plekken"
      onSubmit={(input) => createPlace(input)}
    />,
  );
}

describe('PlaceForm', () => {
  it('when the API refuses a field with 400, then the field is marked and everything typed stays', async () => {
    const { requests } = serveApi({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'The request is not valid',
          details: { issues: [{ path: 'body.hours.max', code: 'too_big', message: 'Too big' }] },
        },
      },
    });
    const user = userEvent.setup();
    renderCreateForm();
    await screen.findByRole('option', { name: 'Onderhoud wegen (OW-2026)' });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Plek opslaan als concept' }));

    // The nested API path body.hours.max lands on the "maximum hours" box.
    await waitFor(() =>
      expect(screen.getByLabelText('Uren per week, maximaal').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByRole('heading', { name: 'Er is een probleem' })).toBeTruthy();
    expect(screen.getByLabelText('Soort plek')).toHaveProperty('value', 'job');
    expect(screen.getByLabelText('Titel')).toHaveProperty('value', 'Schoonmaker kantoren');
    expect(screen.getByLabelText('Omschrijving')).toHaveProperty(
      'value',
      'Kantoren schoonmaken in de ochtend.',
    );
    expect(screen.getByLabelText('Uren per week, minimaal')).toHaveProperty('value', '12');
    expect(screen.getByLabelText('Uren per week, maximaal')).toHaveProperty('value', '24');
    expect(screen.getByLabelText('Postcode')).toHaveProperty('value', '1011 AB');
    expect(screen.getByLabelText('Jobcoach')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Telt mee voor opdracht')).toHaveProperty('value', CONTRACT_ID);
    expect(screen.getByText('schoonmaken')).toBeTruthy();
    // A skill typed but not yet added as a tag stays in its box, and was sent along.
    expect(screen.getByRole('textbox', { name: 'Vereiste vaardigheden' })).toHaveProperty('value', 'hygiëne');

    const create = requests.find((r) => r.method === 'POST' && r.url === '/api/places');
    expect(create?.body).toMatchObject({
      kind: 'job',
      title: 'Schoonmaker kantoren',
      hours: { min: 12, max: 24 },
      location: { postcode: '1011 AB' },
      requiredSkills: ['schoonmaken', 'hygiëne'],
      support: ['job_coach'],
      contractId: CONTRACT_ID,
    });
  });

  it('when the postcode is unknown to the API (422), then the postcode field says so', async () => {
    serveApi({
      status: 422,
      body: {
        error: {
          code: 'unprocessable',
          message: 'Postcode 1011 AB is unknown',
          details: {
            issues: [{ path: 'body.location.postcode', code: 'unknown_postcode', message: 'unknown' }],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderCreateForm();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Plek opslaan als concept' }));

    const postcode = screen.getByLabelText('Postcode');
    await waitFor(() => expect(postcode.getAttribute('aria-invalid')).toBe('true'));
    expect(postcode.getAttribute('aria-describedby')).toContain('place-postcode-description');
    expect(document.getElementById('place-postcode-description')?.textContent).toBe(
      'Deze postcode kennen we niet. Controleer de postcode van de werkplek.',
    );
    expect(postcode).toHaveProperty('value', '1011 AB');
  });

  it('when required fields are empty, then nothing is sent and the summary names them', async () => {
    const { requests } = serveApi({ status: 500 });
    const user = userEvent.setup();
    renderCreateForm();
    await user.type(screen.getByLabelText('Uren per week, minimaal'), '30');
    await user.type(screen.getByLabelText('Uren per week, maximaal'), '20');
    await user.click(screen.getByRole('button', { name: 'Plek opslaan als concept' }));

    const summary = await screen.findByRole('heading', { name: 'Er is een probleem' });
    expect(summary.closest('.utrecht-alert')).toBe(document.activeElement);
    expect(screen.getByRole('link', { name: 'Soort plek is verplicht.' }).getAttribute('href')).toBe(
      '#place-kind',
    );
    expect(screen.getByRole('link', { name: 'Titel is verplicht.' })).toBeTruthy();
    // min above max is reported at the minimum, as the API would.
    expect(screen.getByLabelText('Uren per week, minimaal').getAttribute('aria-invalid')).toBe('true');
    expect(requests.filter((r) => r.url === '/api/places')).toHaveLength(0);
  });
});
