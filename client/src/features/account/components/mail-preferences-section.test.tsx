import type { TMailPreferences } from '@kansplek/api/contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { MailPreferencesSection } from './mail-preferences-section';

const consultantPreferences: TMailPreferences = {
  digestTime: '07:00',
  topics: [
    { topic: 'introductions', delivery: 'immediate', defaultDelivery: 'immediate' },
    { topic: 'match_updates', delivery: 'daily', defaultDelivery: 'daily' },
    { topic: 'reminders', delivery: 'off', defaultDelivery: 'immediate' },
  ],
};

function serve(preferences: TMailPreferences) {
  return installFakeFetch((request) => {
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    if (request.method === 'PATCH') {
      const topics = (request.body as { topics: Record<string, string> }).topics;
      return {
        status: 200,
        body: {
          data: {
            ...preferences,
            topics: preferences.topics.map((e) => ({ ...e, delivery: topics[e.topic] ?? e.delivery })),
          },
        },
      };
    }
    return { status: 200, body: { data: preferences } };
  });
}

beforeEach(() => resetCsrfToken());

describe('the e-mail section of the account page', () => {
  it('shows one question per topic of the role, with the current choice and the default marked', async () => {
    serve(consultantPreferences);
    renderPage(<MailPreferencesSection email="jan@example.nl" />);

    const reminders = await screen.findByRole('group', { name: 'Herinneringen' });
    expect(within(reminders).getByRole('radio', { name: 'Geen e-mail' })).toHaveProperty('checked', true);
    expect(within(reminders).getByRole('radio', { name: 'Direct een e-mail (standaard)' })).toBeTruthy();
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Voorstellen en toestemming',
      'Voortgang van matches',
      'Herinneringen',
    ]);
    expect(screen.getByText(/om 07:00 uur/)).toBeTruthy();
    expect(screen.getByText(/E-mails gaan naar jan@example.nl/)).toBeTruthy();
  });

  it('when the user changes a choice and saves, then every topic is sent and the page confirms', async () => {
    const { requests } = serve(consultantPreferences);
    const user = userEvent.setup();
    renderPage(<MailPreferencesSection email="jan@example.nl" />);

    const updates = await screen.findByRole('group', { name: 'Voortgang van matches' });
    await user.click(within(updates).getByRole('radio', { name: 'Direct een e-mail' }));
    await user.click(screen.getByRole('button', { name: 'E-mailvoorkeuren opslaan' }));

    expect(await screen.findByText('Uw e-mailvoorkeuren zijn opgeslagen.')).toBeTruthy();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.url).toBe('/api/me/mail-preferences');
    expect(patch?.body).toEqual({
      topics: { introductions: 'immediate', match_updates: 'immediate', reminders: 'off' },
    });
    expect(within(updates).getByRole('radio', { name: 'Direct een e-mail' })).toHaveProperty('checked', true);
  });

  it('when the preferences cannot be loaded, then the section says so', async () => {
    installFakeFetch(() => ({ status: 500, body: { error: { code: 'internal_error', message: 'x' } } }));
    renderPage(<MailPreferencesSection email="jan@example.nl" />);
    expect(await screen.findByText(/konden niet worden geladen/)).toBeTruthy();
  });
});
