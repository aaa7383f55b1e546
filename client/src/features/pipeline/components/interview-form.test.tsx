import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { matchFixture, matchUrl, pipelineApi, validationError } from '../testing/pipeline-fixtures';
import { InterviewForm } from './interview-form';

beforeEach(() => resetCsrfToken());

const introduced = matchFixture({ stage: 'introduced', version: 6, nextStages: ['interview', 'declined'] });
const planned = {
  ...introduced,
  stage: 'interview' as const,
  version: 7,
  interview: { date: '2027-01-12', startTime: '10:00', endTime: '11:00', location: 'Markt 1, Arnhem' },
};

function serve(answer: FakeAnswer) {
  return installFakeFetch(
    pipelineApi('contractor', (request) => (request.method === 'GET' ? undefined : answer)),
  );
}

const set = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('InterviewForm', () => {
  it('when the contractor plans the interview, then the move carries its date, times and place', async () => {
    const { requests } = serve({ status: 200, body: { data: planned } });
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderPage(<InterviewForm match={introduced} mode="plan" onDone={onDone} />);

    set('Datum', '2027-01-12');
    set('Begintijd', '10:00');
    set('Eindtijd', '11:00');
    await user.type(screen.getByLabelText('Plaats'), 'Markt 1, Arnhem');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen voor gesprek Jan de Vries' }));

    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Jan de Vries is uitgenodigd voor het sollicitatiegesprek.'),
    );
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.url).toBe(`${matchUrl}/transitions`);
    expect(post?.body).toEqual({
      to: 'interview',
      version: 6,
      interview: { date: '2027-01-12', startTime: '10:00', endTime: '11:00', location: 'Markt 1, Arnhem' },
      note: '',
    });
  });

  it('when the end is before the start or the place is empty, then nothing is sent and the fields say why', async () => {
    const { requests } = serve({ status: 500 });
    const user = userEvent.setup();
    renderPage(<InterviewForm match={introduced} mode="plan" onDone={jest.fn()} />);

    set('Begintijd', '10:00');
    set('Eindtijd', '09:00');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen voor gesprek Jan de Vries' }));

    expect(await screen.findByRole('link', { name: /Eindtijd/ })).toBeTruthy();
    expect(screen.getByLabelText('Eindtijd').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Plaats').getAttribute('aria-invalid')).toBe('true');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('when the API refuses the date, then the problem shows at the date field and the typed values stay', async () => {
    serve(validationError('body.interview.date', 'date_in_past'));
    const user = userEvent.setup();
    renderPage(<InterviewForm match={introduced} mode="plan" onDone={jest.fn()} />);
    set('Datum', '2027-01-09');
    set('Begintijd', '10:00');
    set('Eindtijd', '11:00');
    await user.type(screen.getByLabelText('Plaats'), 'Markt 1');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen voor gesprek Jan de Vries' }));

    await waitFor(() => expect(screen.getByLabelText('Datum').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Plaats')).toHaveProperty('value', 'Markt 1');
  });

  it('when a planned interview is moved, then the new plan is sent with PUT and the old one is filled in', async () => {
    const { requests } = serve({ status: 200, body: { data: { ...planned, version: 8 } } });
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderPage(<InterviewForm match={planned} mode="reschedule" onDone={onDone} />);

    expect(screen.getByLabelText('Plaats')).toHaveProperty('value', 'Markt 1, Arnhem');
    set('Begintijd', '14:00');
    set('Eindtijd', '14:45');
    await user.click(screen.getByRole('button', { name: 'Nieuwe tijd en plaats opslaan Jan de Vries' }));

    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Het sollicitatiegesprek met Jan de Vries is verplaatst.'),
    );
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.url).toBe(`${matchUrl}/interview`);
    expect(put?.body).toEqual({
      version: 7,
      interview: { date: '2027-01-12', startTime: '14:00', endTime: '14:45', location: 'Markt 1, Arnhem' },
      note: '',
    });
  });
});
