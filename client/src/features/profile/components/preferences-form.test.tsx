import type { TOwnCandidateProfile } from '@kansplek/api/contract';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type RecordedRequest } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { PreferencesForm } from './preferences-form';
import { ownProfileFixture } from './profile-fixture';

function serve(answer: (request: RecordedRequest) => { status: number; body?: unknown }) {
  return installFakeFetch((request) =>
    request.url === '/api/auth/csrf' ? { status: 200, body: { data: { token: 'csrf-1' } } } : answer(request),
  );
}

beforeEach(() => resetCsrfToken());

describe('PreferencesForm', () => {
  it('when the candidate saves, then only preferences, availability, hours and the version are sent', async () => {
    const profile = ownProfileFixture();
    const { requests } = serve((request) => ({
      status: 200,
      body: { data: { ...profile, ...(request.body as object), version: profile.version + 1 } },
    }));
    const user = userEvent.setup();
    renderPage(<PreferencesForm profile={profile} />);

    const max = screen.getByLabelText('Maximaal aantal uren per week');
    await user.clear(max);
    await user.type(max, '32');
    await user.click(screen.getByLabelText('Logistiek'));
    await user.click(screen.getByLabelText('Stage'));
    await user.selectOptions(screen.getByLabelText('Zo reis ik'), 'Openbaar vervoer');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Uw werkwensen zijn opgeslagen.')).toBeTruthy();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.url).toBe('/api/me/candidate');
    expect(patch?.body).toEqual({
      version: 4,
      hoursWanted: { min: 16, max: 32 },
      availableFrom: '2026-05-01',
      travel: { maxKm: 10, mode: 'public_transport' },
      preferredSectors: ['cleaning', 'logistics'],
      preferredPlaceKinds: ['job', 'internship'],
    });
    // Name, skills, target group or anything else the consultant keeps is never part of the request.
    expect(Object.keys(patch?.body as object).sort()).toEqual(
      ['availableFrom', 'hoursWanted', 'preferredPlaceKinds', 'preferredSectors', 'travel', 'version'].sort(),
    );
  });

  it('when the minimum exceeds the maximum, then nothing is sent and the field says what is wrong', async () => {
    const { requests } = serve(() => ({ status: 500 }));
    const user = userEvent.setup();
    renderPage(<PreferencesForm profile={ownProfileFixture()} />);

    const min = screen.getByLabelText('Minimaal aantal uren per week');
    await user.clear(min);
    await user.type(min, '30');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(min.getAttribute('aria-invalid')).toBe('true'));
    expect(min).toHaveProperty('value', '30');
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('when the API refuses a nested field, then the error appears at the matching form field', async () => {
    serve(() => ({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'The request is not valid',
          details: { issues: [{ path: 'body.travel.maxKm', code: 'too_big', message: 'Too big' }] },
        },
      },
    }));
    const user = userEvent.setup();
    renderPage(<PreferencesForm profile={ownProfileFixture() as TOwnCandidateProfile} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Zo ver wil ik reizen (km)').getAttribute('aria-invalid')).toBe('true'),
    );
  });
});
