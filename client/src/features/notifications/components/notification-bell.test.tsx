import type { TNotification, TUnreadCount } from '@kansplek/api/contract';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { NotificationBell } from './notification-bell';

// The socket.io server is outside the client: a fake connection lets the test push its events.
type Handler = (payload: never) => void;
const mockSocket = {
  handlers: new Map<string, Handler>(),
  on(event: string, handler: Handler) {
    this.handlers.set(event, handler);
    return this;
  },
  io: { on: jest.fn() },
  disconnect: jest.fn(),
  push(event: 'notification:new' | 'notification:count', payload: TNotification | TUnreadCount) {
    act(() => this.handlers.get(event)?.(payload as never));
  },
};
const mockConnectRealtime = jest.fn(() => mockSocket);
jest.mock('@/lib/socket', () => ({ connectRealtime: () => mockConnectRealtime() }));

const notification: TNotification = {
  id: '665f1c2ab5c0f1a2b3c4d5e6',
  kind: 'account_activated',
  title: 'Account geactiveerd',
  body: 'Eva Tweede (eva@kansplek.nl) heeft een wachtwoord ingesteld.',
  link: '/beheer/gebruikers?q=eva%40kansplek.nl',
  readAt: null,
  createdAt: '2026-03-03T13:05:00.000Z',
};

beforeEach(() => {
  mockSocket.handlers.clear();
  mockSocket.disconnect.mockClear();
  mockConnectRealtime.mockClear();
});

describe('NotificationBell', () => {
  it('shows the unread count from the API, then follows the live count and announces new notifications', async () => {
    const { requests } = installFakeFetch((request) =>
      request.url.startsWith('/api/notifications/unread-count')
        ? { status: 200, body: { data: { unread: 2 } } }
        : { status: 200, body: { data: [notification], page: { page: 1, limit: 5, total: 1, pages: 1 } } },
    );
    const user = userEvent.setup();
    renderPage(<NotificationBell userId="665f1c2ab5c0f1a2b3c4d5e7" />);

    const bell = await screen.findByRole('button', { name: 'Meldingen 2 ongelezen' });
    expect(mockConnectRealtime).toHaveBeenCalledTimes(1);

    mockSocket.push('notification:count', { unread: 3 });
    mockSocket.push('notification:new', notification);
    expect(bell.textContent).toContain('3');
    expect(
      screen.getByText('Nieuwe melding: Account geactiveerd').closest('[aria-live="polite"]'),
    ).not.toBeNull();

    // The list is only asked for when the panel opens.
    expect(requests.some((r) => r.url.startsWith('/api/notifications?'))).toBe(false);
    await user.click(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(bell.getAttribute('aria-controls') ?? '');
    expect(await within(panel!).findByText('Account geactiveerd')).toBeTruthy();
    expect(within(panel!).getByText('Nieuw')).toBeTruthy();
    expect(within(panel!).getByRole('link', { name: 'Alle meldingen bekijken' }).getAttribute('href')).toBe(
      '/meldingen',
    );

    await user.keyboard('{Escape}');
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(bell);
  });

  it('closes the connection when the bell goes away (logout)', async () => {
    installFakeFetch(() => ({ status: 200, body: { data: { unread: 0 } } }));
    const { unmount } = renderPage(<NotificationBell userId="665f1c2ab5c0f1a2b3c4d5e7" />);
    await screen.findByRole('button', { name: 'Meldingen' });

    unmount();

    expect(mockSocket.disconnect).toHaveBeenCalledTimes(1);
  });
});
