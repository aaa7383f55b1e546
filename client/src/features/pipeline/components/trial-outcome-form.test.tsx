import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import {
  matchFixture,
  matchUrl,
  pipelineApi,
  runningTrial,
  validationError,
} from '../testing/pipeline-fixtures';
import { TrialOutcomeForm } from './trial-outcome-form';

beforeEach(() => resetCsrfToken());

const trial = matchFixture({
  stage: 'trial',
  version: 7,
  nextStages: ['hired', 'stopped'],
  trial: runningTrial,
});

function serve(answer: FakeAnswer) {
  return installFakeFetch(
    pipelineApi('contractor', (request) => (request.method === 'POST' ? answer : undefined)),
  );
}

describe('TrialOutcomeForm', () => {
  it('hires with the employment’s terms, and shows the API’s problem with them at their field', async () => {
    const { requests } = serve(validationError('body.employment.hoursPerWeek', 'too_big'));
    const user = userEvent.setup();
    renderPage(<TrialOutcomeForm match={trial} onDone={jest.fn()} />);

    await user.click(
      within(screen.getByRole('group', { name: 'Uitkomst' })).getByLabelText('In dienst nemen'),
    );
    expect(screen.getByLabelText('Startdatum dienstverband')).toHaveProperty('value', '2027-02-01');
    await user.selectOptions(screen.getByLabelText('Soort contract'), 'permanent');
    await user.type(screen.getByLabelText('Uren per week'), '36');
    await user.click(screen.getByRole('button', { name: 'Uitkomst vastleggen' }));

    const hours = screen.getByLabelText('Uren per week');
    await waitFor(() => expect(hours.getAttribute('aria-invalid')).toBe('true'));
    expect(hours).toHaveProperty('value', '36');
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: `${matchUrl}/trial/outcome`,
      body: {
        outcome: 'hired',
        version: 7,
        employment: {
          startDate: '2027-02-01',
          contractType: 'permanent',
          hoursPerWeek: 36,
          plannedEnd: null,
        },
        note: '',
      },
    });
  });

  it('extends to a new end with a reason', async () => {
    const { requests } = serve({ status: 200, body: { data: trial } });
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderPage(<TrialOutcomeForm match={trial} onDone={onDone} />);

    await user.click(screen.getByLabelText('Verlengen'));
    fireEvent.change(screen.getByLabelText('Nieuwe einddatum proefplaatsing'), {
      target: { value: '2027-03-01' },
    });
    await user.type(
      screen.getByLabelText('Reden voor de verlenging'),
      'Nog een maand om de heftruck te leren',
    );
    await user.click(screen.getByRole('button', { name: 'Uitkomst vastleggen' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith('De proefplaatsing is verlengd.'));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      outcome: 'extended',
      version: 7,
      plannedEnd: '2027-03-01',
      reason: 'Nog een maand om de heftruck te leren',
    });
  });
});
