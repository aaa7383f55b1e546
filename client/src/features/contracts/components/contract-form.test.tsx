import type { TContract, TOrganisationSummary } from '@kansplek/api/contract';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer, type RecordedRequest } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { ContractForm } from './contract-form';

const ARNHEM: TOrganisationSummary = {
  id: '665f1c2ab5c0f1a2b3c4d5e1',
  kind: 'municipality',
  name: 'Gemeente Arnhem',
};
const VAN_WIJK: TOrganisationSummary = {
  id: '665f1c2ab5c0f1a2b3c4d5e2',
  kind: 'contractor',
  name: 'Van Wijk Bouw & Infra B.V.',
};
const page = (data: unknown[]) => ({ data, page: { page: 1, limit: 100, total: data.length, pages: 1 } });

/** The API as the form meets it: the region's organisations, a CSRF token, and the given answer to the save. */
function serveApi(saveAnswer: FakeAnswer) {
  return installFakeFetch((request: RecordedRequest) => {
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    if (request.url.startsWith('/api/organisations?kind=municipality'))
      return { status: 200, body: page([ARNHEM]) };
    if (request.url.startsWith('/api/organisations?kind=contractor'))
      return { status: 200, body: page([VAN_WIJK]) };
    return saveAnswer;
  });
}

async function fillInContract(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Titel'), 'Onderhoud openbare ruimte 2026–2029');
  await user.type(screen.getByLabelText('Kenmerk'), 'ARN-2026-017');
  await screen.findByRole('option', { name: 'Gemeente Arnhem' });
  await user.selectOptions(screen.getByLabelText('Gemeente'), ARNHEM.id);
  await screen.findByRole('option', { name: VAN_WIJK.name });
  await user.selectOptions(screen.getByLabelText('Opdrachtnemer'), VAN_WIJK.id);
  await user.type(screen.getByLabelText('Opdrachtwaarde (€)'), '1.250.000,50');
  await user.type(screen.getByLabelText('Social-returnpercentage'), '2,5');
  fireEvent.change(screen.getByLabelText('Startdatum'), { target: { value: '2026-01-01' } });
  fireEvent.change(screen.getByLabelText('Einddatum'), { target: { value: '2029-12-31' } });
  fireEvent.change(screen.getByLabelText('Uiterste realisatiedatum'), { target: { value: '2030-06-30' } });
  await user.click(screen.getByLabelText('Arbeidsintensieve opdracht'));
  await user.click(screen.getByLabelText('Statushouders'));
}

function expectTypedValuesKept() {
  expect(screen.getByLabelText('Titel')).toHaveProperty('value', 'Onderhoud openbare ruimte 2026–2029');
  expect(screen.getByLabelText('Kenmerk')).toHaveProperty('value', 'ARN-2026-017');
  expect(screen.getByLabelText('Gemeente')).toHaveProperty('value', ARNHEM.id);
  expect(screen.getByLabelText('Opdrachtnemer')).toHaveProperty('value', VAN_WIJK.id);
  expect(screen.getByLabelText('Opdrachtwaarde (€)')).toHaveProperty('value', '1.250.000,50');
  expect(screen.getByLabelText('Social-returnpercentage')).toHaveProperty('value', '2,5');
  expect(screen.getByLabelText('Einddatum')).toHaveProperty('value', '2029-12-31');
  expect(screen.getByLabelText('Arbeidsintensieve opdracht')).toHaveProperty('checked', true);
  expect(screen.getByLabelText('Statushouders')).toHaveProperty('checked', true);
}

beforeEach(() => resetCsrfToken());

describe('ContractForm', () => {
  it('when the API answers 400 naming a field, then the error is at that field and everything typed stays', async () => {
    const { requests } = serveApi({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'The request is not valid',
          details: {
            issues: [
              {
                path: 'body.endDate',
                code: 'custom',
                message: 'The end date cannot be before the start date',
              },
            ],
          },
        },
      },
    });
    const onSaved = jest.fn();
    const user = userEvent.setup();
    renderPage(<ContractForm onSaved={onSaved} />);

    await fillInContract(user);
    await user.click(screen.getByRole('button', { name: 'Opdracht registreren' }));

    await waitFor(() => expect(screen.getByLabelText('Einddatum').getAttribute('aria-invalid')).toBe('true'));
    const summary = screen.getByRole('heading', { name: 'Er is een probleem' }).closest('.utrecht-alert');
    expect(summary).toBe(document.activeElement);
    expect(screen.getByRole('link', { name: 'Controleer ‘Einddatum’.' }).getAttribute('href')).toBe(
      '#contract-endDate',
    );
    expect(screen.getByLabelText('Titel').getAttribute('aria-invalid')).toBeNull();
    expectTypedValuesKept();
    expect(onSaved).not.toHaveBeenCalled();

    // Sent as the API takes it: euros as exact cents, the percentage as a number, no obligation.
    const save = requests.find((r) => r.method === 'POST' && r.url === '/api/contracts');
    expect(save?.body).toEqual({
      title: 'Onderhoud openbare ruimte 2026–2029',
      reference: 'ARN-2026-017',
      municipalityId: ARNHEM.id,
      contractorId: VAN_WIJK.id,
      valueCents: 125_000_050,
      sroiPercentage: 2.5,
      startDate: '2026-01-01',
      endDate: '2029-12-31',
      realisationDeadline: '2030-06-30',
      labourIntensive: true,
      preferredTargetGroups: ['status_holder'],
    });
    expect(save?.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('when the API answers 422 about the municipality, then the error is at that field and the input stays', async () => {
    serveApi({
      status: 422,
      body: {
        error: {
          code: 'unprocessable',
          message: 'The awarding municipality must belong to your region',
          details: { issues: [{ path: 'body.municipalityId', code: 'outside_region', message: '…' }] },
        },
      },
    });
    const user = userEvent.setup();
    renderPage(<ContractForm onSaved={jest.fn()} />);

    await fillInContract(user);
    await user.click(screen.getByRole('button', { name: 'Opdracht registreren' }));

    await waitFor(() => expect(screen.getByLabelText('Gemeente').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('link', { name: 'Controleer ‘Gemeente’.' }).getAttribute('href')).toBe(
      '#contract-municipalityId',
    );
    expectTypedValuesKept();
  });

  it('when the amount is not a number, then nothing is sent and the amount field says so', async () => {
    const { requests } = serveApi({ status: 500 });
    const user = userEvent.setup();
    renderPage(<ContractForm onSaved={jest.fn()} />);

    await user.type(screen.getByLabelText('Opdrachtwaarde (€)'), 'een miljoen');
    await user.click(screen.getByRole('button', { name: 'Opdracht registreren' }));

    const amount = screen.getByLabelText('Opdrachtwaarde (€)');
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('contract-valueCents-error')?.textContent).toBe(
      'Opdrachtwaarde (€) heeft niet de juiste vorm.',
    );
    expect(amount).toHaveProperty('value', 'een miljoen');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('when the reference is taken (409), then the reference field says it is in use and the input stays', async () => {
    serveApi({
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message: 'This municipality already has a contract with this reference',
          details: { fields: ['reference'] },
        },
      },
    });
    const user = userEvent.setup();
    renderPage(<ContractForm onSaved={jest.fn()} />);

    await fillInContract(user);
    await user.click(screen.getByRole('button', { name: 'Opdracht registreren' }));

    await waitFor(() => expect(screen.getByLabelText('Kenmerk').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('link', { name: 'Kenmerk is al in gebruik.' })).toBeTruthy();
    expectTypedValuesKept();
  });
  it('when a stored contract is changed, then only the changed fields are sent, with the version', async () => {
    const contract: TContract = {
      id: '665f1c2ab5c0f1a2b3c4d5e9',
      municipality: ARNHEM,
      contractor: VAN_WIJK,
      title: 'Groenonderhoud 2026–2028',
      reference: 'ARN-2026-003',
      valueCents: 125_000_050,
      sroiPercentage: 2.5,
      obligationCents: 3_125_001,
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      realisationDeadline: '2029-06-30',
      labourIntensive: true,
      preferredTargetGroups: ['status_holder'],
      status: 'active',
      statusChangedAt: null,
      allowedActions: [],
      version: 4,
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    };
    const { requests } = serveApi({
      status: 200,
      body: { data: { ...contract, valueCents: 200_000_000, version: 5 } },
    });
    const onSaved = jest.fn();
    const user = userEvent.setup();
    renderPage(
      <ContractForm
        contract={{ ...contract, preferredTargetGroups: ['status_holder'], allowedActions: [] }}
        onSaved={onSaved}
      />,
    );

    const amount = screen.getByLabelText('Opdrachtwaarde (€)');
    expect(amount).toHaveProperty('value', '1.250.000,50');
    await user.clear(amount);
    await user.type(amount, '2.000.000');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const save = requests.find((r) => r.method === 'PATCH');
    expect(save?.url).toBe(`/api/contracts/${contract.id}`);
    expect(save?.body).toEqual({ valueCents: 200_000_000, version: 4 });
  });
});
