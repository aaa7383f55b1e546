import type { TMatch } from '@kansplek/api/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { CONSULTANT, matchFixture, matchUrl, pipelineApi } from '../testing/pipeline-fixtures';
import { EmploymentSection } from './employment-section';
import { matchSteps } from './match-steps';

beforeEach(() => resetCsrfToken());

const done = (month: number, dueDate: string) => ({
  month,
  dueDate,
  doneAt: `${dueDate}T10:00:00.000Z`,
  stillEmployed: true,
  note: '',
  by: CONSULTANT,
});

const hired = matchFixture({
  stage: 'hired',
  version: 9,
  nextStages: [],
  employment: {
    startDate: '2020-01-01',
    contractType: 'temporary',
    hoursPerWeek: 32,
    plannedEnd: '2021-12-31',
    aftercare: [
      done(1, '2020-02-01'),
      done(3, '2020-04-01'),
      { ...done(6, '2020-07-01'), note: 'Gaat goed, wil meer uren.' },
      { month: 12, dueDate: '2021-01-01', doneAt: null, stillEmployed: null, note: '', by: null },
    ],
    mboLevel: null,
    durable: true,
    ended: null,
  },
});

function renderSection(match: TMatch) {
  const onDone = jest.fn();
  renderPage(<EmploymentSection match={match} steps={matchSteps(match, 'consultant')} onDone={onDone} />);
  return onDone;
}

describe('EmploymentSection', () => {
  it('shows when each aftercare check-in is due, which are done, and that the employment is durable', () => {
    installFakeFetch(pipelineApi('consultant', () => undefined));
    renderSection(hired);

    expect(screen.getByText('Duurzaam', { selector: '.kp-tag' })).toBeTruthy();
    const items = within(screen.getByRole('heading', { name: 'Nazorg' }).nextElementSibling as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Na 1 maand — uiterlijk 1 feb 2020: gedaan op 1 feb 2020 door Carla Consulent: nog in dienst',
      'Na 3 maanden — uiterlijk 1 apr 2020: gedaan op 1 apr 2020 door Carla Consulent: nog in dienst',
      'Na 6 maanden — uiterlijk 1 jul 2020: gedaan op 1 jul 2020 door Carla Consulent: nog in dienstGaat goed, wil meer uren.',
      'Na 12 maanden — uiterlijk 1 jan 2021: te laat, nog te doen',
    ]);
  });

  it('records the open aftercare check-in and the end of the employment', async () => {
    const { requests } = installFakeFetch(
      pipelineApi('consultant', (request) =>
        request.method === 'POST' ? { status: 200, body: { data: hired } } : undefined,
      ),
    );
    const user = userEvent.setup();
    const onDone = renderSection(hired);

    expect(
      within(screen.getByLabelText('Nazorgmoment'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Na 12 maanden']);
    await user.click(
      within(screen.getByRole('group', { name: 'Dienstverband op dit moment' })).getByLabelText(
        'Ja, nog in dienst',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Nazorg vastleggen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Het nazorgmoment is vastgelegd.'));
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: `${matchUrl}/employment/aftercare`,
      body: { version: 9, month: 12, stillEmployed: true, note: '' },
    });

    fireEvent.change(screen.getByLabelText('Laatste werkdag'), { target: { value: '2021-03-31' } });
    await user.type(screen.getByLabelText('Reden'), 'Het project is klaar');
    await user.click(screen.getByRole('button', { name: 'Einde dienstverband vastleggen' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(2));
    expect(requests.filter((r) => r.method === 'POST')[1]).toMatchObject({
      url: `${matchUrl}/employment/end`,
      body: { version: 9, endDate: '2021-03-31', reason: 'Het project is klaar' },
    });
  });
});
