import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { matchFixture, matchUrl, pipelineApi, validationError } from '../testing/pipeline-fixtures';
import { StartTrialForm } from './start-trial-form';

beforeEach(() => resetCsrfToken());

const interview = matchFixture({ stage: 'interview', version: 5, nextStages: ['trial', 'declined'] });

function serve(answer: FakeAnswer) {
  return installFakeFetch(
    pipelineApi('contractor', (request) => (request.method === 'POST' ? answer : undefined)),
  );
}

function renderForm() {
  const onDone = jest.fn();
  renderPage(<StartTrialForm match={interview} onDone={onDone} />);
  return onDone;
}

const setDate = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('StartTrialForm', () => {
  it('plans the end on the last day of two calendar months, and follows the start while that default stands', () => {
    serve({ status: 500 });
    renderForm();
    setDate('Startdatum', '2026-12-01');
    expect(screen.getByLabelText('Geplande einddatum')).toHaveProperty('value', '2027-01-31');
    setDate('Startdatum', '2026-12-15');
    expect(screen.getByLabelText('Geplande einddatum')).toHaveProperty('value', '2027-02-14');
    setDate('Geplande einddatum', '2027-01-15');
    setDate('Startdatum', '2026-12-08');
    expect(screen.getByLabelText('Geplande einddatum')).toHaveProperty('value', '2027-01-15');
  });

  it('asks for a reason once the end is more than two months away, and sends it with the intent to employ', async () => {
    const { requests } = serve({
      status: 200,
      body: { data: { ...interview, stage: 'trial', nextStages: [] } },
    });
    const user = userEvent.setup();
    const onDone = renderForm();
    setDate('Startdatum', '2026-12-01');
    expect(screen.queryByLabelText('Reden voor een langere proefplaatsing')).toBeNull();

    setDate('Geplande einddatum', '2027-03-01');
    await user.type(
      await screen.findByLabelText('Reden voor een langere proefplaatsing'),
      'Tijd om het VCA-certificaat te halen',
    );
    await user.click(screen.getByLabelText('Intentie tot een dienstverband van minstens 6 maanden'));
    await user.click(screen.getByRole('button', { name: 'Proefplaatsing starten' }));

    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('De proefplaatsing van Jan de Vries is gestart.'),
    );
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.url).toBe(`${matchUrl}/trial`);
    expect(post?.body).toEqual({
      version: 5,
      startDate: '2026-12-01',
      plannedEnd: '2027-03-01',
      longerReason: 'Tijd om het VCA-certificaat te halen',
      intentToEmploy: true,
      note: '',
    });
  });

  it('does not start without the intent to employ, nor a longer trial without a reason', async () => {
    const { requests } = serve({ status: 500 });
    const user = userEvent.setup();
    renderForm();
    setDate('Startdatum', '2026-12-01');
    setDate('Geplande einddatum', '2027-04-01');
    await user.click(screen.getByRole('button', { name: 'Proefplaatsing starten' }));

    expect(
      screen.getByRole('link', {
        name: 'Intentie tot een dienstverband van minstens 6 maanden is verplicht.',
      }),
    ).toBeTruthy();

    await user.click(screen.getByLabelText('Intentie tot een dienstverband van minstens 6 maanden'));
    await user.click(screen.getByRole('button', { name: 'Proefplaatsing starten' }));
    expect(
      screen.getByRole('link', { name: 'Reden voor een langere proefplaatsing is verplicht.' }),
    ).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('when the API refuses the planned end (400), then the message is at that field and everything typed stays', async () => {
    serve(validationError('body.plannedEnd'));
    const user = userEvent.setup();
    const onDone = renderForm();
    setDate('Startdatum', '2026-12-01');
    setDate('Geplande einddatum', '2027-01-20');
    await user.click(screen.getByLabelText('Intentie tot een dienstverband van minstens 6 maanden'));
    await user.type(screen.getByLabelText('Toelichting (optioneel)'), 'Start op de bouwplaats Arnhem-Zuid');
    await user.click(screen.getByRole('button', { name: 'Proefplaatsing starten' }));

    const end = screen.getByLabelText('Geplande einddatum');
    await waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(end.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message?.textContent).toBe('Controleer ‘Geplande einddatum’.');
    expect(screen.getByRole('link', { name: 'Controleer ‘Geplande einddatum’.' })).toBeTruthy();
    expect(screen.getByLabelText('Startdatum')).toHaveProperty('value', '2026-12-01');
    expect(end).toHaveProperty('value', '2027-01-20');
    expect(screen.getByLabelText('Intentie tot een dienstverband van minstens 6 maanden')).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByLabelText('Toelichting (optioneel)')).toHaveProperty(
      'value',
      'Start op de bouwplaats Arnhem-Zuid',
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});
