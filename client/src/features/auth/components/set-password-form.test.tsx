import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { SetPasswordForm } from './set-password-form';

const TOKEN = 'A'.repeat(43);

function refuseWith(reason: string) {
  return installFakeFetch((request) =>
    request.url === '/api/auth/csrf'
      ? { status: 200, body: { data: { token: 'csrf-1' } } }
      : {
          status: 400,
          body: {
            error: {
              code: 'validation_failed',
              message: 'Refused',
              details: { issues: [{ path: 'body.password', code: reason, message: 'Refused' }] },
            },
          },
        },
  );
}

beforeEach(() => resetCsrfToken());

describe('SetPasswordForm', () => {
  it.each([
    [
      'password_common',
      'Dit wachtwoord staat op een lijst van veelgebruikte of uitgelekte wachtwoorden. Kies een ander wachtwoord.',
    ],
    [
      'password_is_email',
      'Uw e-mailadres kan niet uw wachtwoord zijn. Kies een wachtwoord dat anderen niet kennen.',
    ],
    [
      'password_weak',
      'Dit wachtwoord is te makkelijk te raden. Maak het langer, bijvoorbeeld een zin van een paar woorden die niet bij elkaar horen.',
    ],
    [
      'password_blank',
      'Een wachtwoord van alleen spaties kan niet. Kies een wachtwoord met letters, cijfers of andere tekens.',
    ],
  ])(
    'when the API refuses the password (%s), then the field says why in Dutch and keeps it',
    async (reason, message) => {
      refuseWith(reason);
      const onSuccess = jest.fn();
      const user = userEvent.setup();
      renderPage(<SetPasswordForm token={TOKEN} email="nieuw@kansplek.nl" onSuccess={onSuccess} />);

      await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'welkom12345678');
      await user.click(screen.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }));

      const field = screen.getByLabelText('Nieuw wachtwoord');
      expect((await screen.findByText(message, { selector: '.utrecht-form-field-error-message' })).id).toBe(
        `${field.id}-error`,
      );
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field).toHaveProperty('value', 'welkom12345678');
      expect(onSuccess).not.toHaveBeenCalled();
    },
  );
});
