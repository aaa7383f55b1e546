import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer } from '@/testing/fake-fetch';
import { renderSignedIn } from '@/testing/render';
import { REGION, ruleSetFixture, ruleSetsApi } from '../testing/rule-set-fixtures';
import { NewRuleSetRoute } from './new-rule-set';

beforeEach(() => resetCsrfToken());

function newVersionPage(saveAnswer: FakeAnswer) {
  const fake = installFakeFetch(
    ruleSetsApi('admin', (request) =>
      request.url === '/api/rule-sets' && request.method === 'POST' ? saveAnswer : undefined,
    ),
  );
  renderSignedIn(<NewRuleSetRoute />, { path: '/waarderingsregels/nieuw' });
  return fake;
}

async function fillInBasics(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: REGION.name });
  await user.selectOptions(screen.getByLabelText('Regio'), REGION.id);
  fireEvent.change(screen.getByLabelText('Geldt vanaf'), { target: { value: '2027-01-01' } });
}

describe('a new version of the valuation rules', () => {
  it('when started from a preset and saved, then euros go as cents, percentages as basis points, empty as null', async () => {
    const user = userEvent.setup();
    const { requests } = newVersionPage({ status: 201, body: { data: ruleSetFixture({ version: 2 }) } });
    await fillInBasics(user);
    await user.type(screen.getByLabelText('Inkoop bij sociale onderneming (% van de factuur)'), '100');
    await user.click(screen.getByRole('button', { name: 'Versie vaststellen' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = requests.find((r) => r.method === 'POST')!.body as { values: Record<string, unknown> };
    expect(body).toMatchObject({
      regionId: REGION.id,
      name: 'Bouwblokken Oost-Nederland',
      effectiveFrom: '2027-01-01',
    });
    expect(body.values).toMatchObject({
      employment: [
        { situation: 'participatiewet', minBenefitMonths: 0, annualValueCents: 3_000_000, capMonths: 12 },
        { situation: 'participatiewet', minBenefitMonths: 24, annualValueCents: 4_000_000, capMonths: 12 },
        { situation: 'banenafspraak', minBenefitMonths: 0, annualValueCents: 4_000_000, capMonths: null },
      ],
      trialMonthlyCents: 75_000,
      internshipCents: null,
      socialPurchaseBasisPoints: 10_000,
      projectContributionBasisPoints: 10_000,
    });
  });

  it('when an employment rule is removed and another added, then the body has the rules in their new order', async () => {
    const user = userEvent.setup();
    const { requests } = newVersionPage({ status: 201, body: { data: ruleSetFixture({ version: 2 }) } });
    await fillInBasics(user);
    await user.click(screen.getByRole('button', { name: 'Dienstverbandregel 1 verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Dienstverbandregel toevoegen' }));
    const added = screen.getByRole('group', { name: 'Dienstverbandregel 3' });
    await user.selectOptions(within(added).getByLabelText('Uitkeringssituatie'), 'nug');
    await user.type(within(added).getByLabelText('Waarde per voltijd jaar (€)'), '10.000');
    await user.click(screen.getByRole('button', { name: 'Versie vaststellen' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = requests.find((r) => r.method === 'POST')!.body as {
      values: { employment: Array<{ situation: string }> };
    };
    expect(body.values.employment.map((rule) => rule.situation)).toEqual([
      'participatiewet',
      'banenafspraak',
      'nug',
    ]);
  });

  it('when the API refuses a value in a row, then the error is at that row and everything typed stays', async () => {
    const user = userEvent.setup();
    newVersionPage({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'The request is not valid',
          details: {
            issues: [
              { path: 'body.values.employment.1.annualValueCents', code: 'too_big', message: 'Too big' },
            ],
          },
        },
      },
    });
    await fillInBasics(user);
    await user.click(screen.getByRole('button', { name: 'Versie vaststellen' }));
    const second = screen.getByRole('group', { name: 'Dienstverbandregel 2' });
    await waitFor(() =>
      expect(within(second).getByLabelText('Waarde per voltijd jaar (€)').getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(screen.getByLabelText('Geldt vanaf')).toHaveProperty('value', '2027-01-01');
  });

  it('when an amount is not a number, then the form says so at the field and sends nothing', async () => {
    const user = userEvent.setup();
    const { requests } = newVersionPage({ status: 201, body: { data: ruleSetFixture() } });
    await fillInBasics(user);
    await user.type(screen.getByLabelText('Stage (€)'), 'veel');
    await user.click(screen.getByRole('button', { name: 'Versie vaststellen' }));
    await waitFor(() => expect(screen.getByLabelText('Stage (€)').getAttribute('aria-invalid')).toBe('true'));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
