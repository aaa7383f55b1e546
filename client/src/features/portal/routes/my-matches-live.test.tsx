import type { TMatch, TNotification } from '@kansplek/api/contract';
import { act, screen } from '@testing-library/react';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { installFakeFetch, type RecordedRequest } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { candidateMatchFixture, pageOf, portalApi } from '../testing/portal-fixtures';
import { MyMatchesRoute } from './my-matches';

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
  push(notification: TNotification) {
    act(() => this.handlers.get('notification:new')?.(notification as never));
  },
};
jest.mock('@/lib/socket', () => ({ connectRealtime: () => mockSocket }));

const notification = (kind: TNotification['kind']): TNotification => ({
  id: '665f1c2ab5c0f1a2b3c4d5e6',
  kind,
  title: 'Wilt u worden voorgesteld?',
  body: 'Carla Consulent vraagt of u wilt worden voorgesteld aan Bouwbedrijf Rijn.',
  link: '/mijn-matches',
  readAt: null,
  createdAt: '2026-11-21T10:00:00.000Z',
});

const isWaitingList = (r: RecordedRequest) => r.url.startsWith('/api/matches?stage=shortlisted');

describe('Mijn matches, live', () => {
  it('when an introduction request or a stage change arrives, then the lists are asked again; other notifications leave them', async () => {
    const state: { waiting: TMatch[] } = { waiting: [] };
    const { requests } = installFakeFetch(
      portalApi((request) => {
        if (isWaitingList(request)) return { status: 200, body: pageOf(state.waiting) };
        if (request.url.startsWith('/api/matches?')) return { status: 200, body: pageOf(state.waiting) };
        if (request.url.startsWith('/api/notifications')) {
          return { status: 200, body: { data: { unread: 1 } } };
        }
      }),
    );
    renderPage(
      <>
        <NotificationBell userId="665f1c2ab5c0f1a2b3c4d5e0" />
        <MyMatchesRoute />
      </>,
      { path: '/mijn-matches' },
    );
    expect(await screen.findByText('Er wachten geen vragen op uw antwoord.')).toBeTruthy();

    state.waiting = [candidateMatchFixture()];
    mockSocket.push(notification('introduction_requested'));
    expect(
      await screen.findByRole('button', { name: 'Ja, stel mij voor – Schoonmaker kantoren' }),
    ).toBeTruthy();
    expect(requests.filter(isWaitingList)).toHaveLength(2);

    mockSocket.push(notification('account_activated'));
    mockSocket.push(notification('match_stage_changed'));
    await screen.findByRole('button', { name: /^Ja, stel mij voor/ });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(requests.filter(isWaitingList)).toHaveLength(3);
  });
});
