import type { TUser } from '@kansplek/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch } from '@/testing/fake-fetch';
import { meAs } from '@/testing/fixtures';
import { renderSignedIn } from '@/testing/render';
import { UsersRoute } from './users';

const consultant: TUser = {
  id: '665f1c2ab5c0f1a2b3c4d5f1',
  email: 'sanne@kansplek.nl',
  name: 'Sanne de Vries',
  role: 'consultant',
  status: 'active',
  locale: 'nl',
  organisation: { id: '665f1c2ab5c0f1a2b3c4d5f2', kind: 'service_point', name: 'WSP' },
  lastLoginAt: null,
  secondFactorEnrolled: true,
  createdAt: '2026-01-05T09:00:00.000Z',
  version: 3,
};

beforeEach(() => resetCsrfToken());

describe('resetting a second factor', () => {
  it('when an admin resets a consultant’s factor and confirms, then it is sent, and the list says it is no longer set up', async () => {
    let current = consultant;
    const { requests } = installFakeFetch((request) => {
      if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
      if (request.url === '/api/me') return { status: 200, body: { data: meAs('admin') } };
      if (request.method === 'DELETE') {
        current = { ...consultant, secondFactorEnrolled: false, version: 4 };
        return { status: 200, body: { data: current } };
      }
      return {
        status: 200,
        body: { data: [current], page: { page: 1, limit: 20, total: 1, pages: 1 } },
      };
    });
    renderSignedIn(<UsersRoute />, { path: '/beheer/gebruikers' });

    const row = (await screen.findByRole('rowheader', { name: 'Sanne de Vries' }, { timeout: 5000 })).closest(
      'tr',
    )!;
    expect(within(row).getByText('Ingesteld')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(
      within(row).getByRole('button', { name: /^Tweede factor resetten\s*: Sanne de Vries$/ }),
    );

    const question = await screen.findByRole('heading', { name: 'Tweede factor resetten' });
    expect(document.activeElement).toBe(question);
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Tweede factor resetten' }));

    expect(
      await screen.findByText(
        'De tweede factor van Sanne de Vries is gereset. Bij de volgende keer inloggen stelt Sanne de Vries een nieuwe in.',
      ),
    ).toBeTruthy();
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual([
      `/api/users/${consultant.id}/second-factor`,
    ]);
    await waitFor(() => expect(within(row).getByText('Niet ingesteld')).toBeTruthy());
  });
});
