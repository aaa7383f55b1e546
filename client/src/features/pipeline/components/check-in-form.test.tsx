import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { matchFixture, matchUrl, pipelineApi, runningTrial } from '../testing/pipeline-fixtures';
import { CheckInForm } from './check-in-form';

beforeEach(() => resetCsrfToken());

const trial = matchFixture({ stage: 'trial', nextStages: ['hired', 'stopped'], trial: runningTrial });
const QUESTIONS = ['Aanwezigheid', 'Houding', 'Vaardigheden', 'Aansluiting bij team en werk'];

describe('CheckInForm', () => {
  it('asks each rating as a radio group named by its legend, and sends the four ratings as numbers', async () => {
    const { requests } = installFakeFetch(
      pipelineApi('consultant', (request) =>
        request.method === 'POST' ? { status: 200, body: { data: trial } } : undefined,
      ),
    );
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderPage(<CheckInForm match={trial} onDone={onDone} />);

    for (const question of QUESTIONS) {
      const group = screen.getByRole('group', { name: question });
      expect(
        within(group)
          .getAllByRole('radio')
          .map((radio) => radio.getAttribute('value')),
      ).toEqual(['1', '2', '3', '4', '5']);
    }
    expect(
      within(screen.getByRole('group', { name: 'Houding' })).getByLabelText('5 – uitstekend'),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Datum van de check-in'), { target: { value: '2027-01-05' } });
    await user.click(within(screen.getByRole('group', { name: 'Aanwezigheid' })).getByLabelText('4 – goed'));
    await user.click(screen.getByRole('button', { name: 'Check-in vastleggen' }));

    // Unanswered questions are named, each linking to its first choice.
    for (const question of QUESTIONS.slice(1)) {
      expect(screen.getByRole('link', { name: `${question} is verplicht.` })).toBeTruthy();
    }
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(within(screen.getByRole('group', { name: 'Houding' })).getByLabelText('5 – uitstekend'));
    await user.click(
      within(screen.getByRole('group', { name: 'Vaardigheden' })).getByLabelText('3 – voldoende'),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Aansluiting bij team en werk' })).getByLabelText('2 – matig'),
    );
    await user.click(screen.getByRole('button', { name: 'Check-in vastleggen' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith('De check-in is vastgelegd.'));
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: `${matchUrl}/trial/check-ins`,
      body: { date: '2027-01-05', ratings: { attendance: 4, attitude: 5, skills: 3, fit: 2 }, note: '' },
    });
  });
});
