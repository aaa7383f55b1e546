import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch, type FakeAnswer } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { LoginForm } from './login-form';

const me = {
  id: '665f1c2ab5c0f1a2b3c4d5e6',
  email: 'consultant@kansplek.nl',
  name: 'Sanne de Vries',
  role: 'consultant',
  locale: 'nl',
  organisation: { id: '665f1c2ab5c0f1a2b3c4d5e7', kind: 'service_point', name: 'WSP Midden-Gelderland' },
  secondFactor: { enrolled: false, required: true, recoveryCodesLeft: 0 },
};

function serveLogin(loginAnswer: FakeAnswer) {
  return installFakeFetch((request) =>
    request.url === '/api/auth/csrf' ? { status: 200, body: { data: { token: 'csrf-1' } } } : loginAnswer,
  );
}

beforeEach(() => resetCsrfToken());

describe('LoginForm', () => {
  it('when the fields are invalid, then it shows Dutch field errors, focuses the summary and keeps what was typed', async () => {
    const { requests } = serveLogin({ status: 200, body: { data: me } });
    const user = userEvent.setup();
    renderPage(<LoginForm onSuccess={jest.fn()} />);

    await user.type(screen.getByLabelText('E-mailadres'), 'jan@');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const summary = await screen.findByRole('heading', { name: 'Er is een probleem' });
    expect(summary.closest('.utrecht-alert')).toBe(document.activeElement);

    const email = screen.getByLabelText('E-mailadres');
    const password = screen.getByLabelText('Wachtwoord');
    expect(email).toHaveProperty('value', 'jan@');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-invalid')).toBe('true');

    const emailError = document.getElementById(email.getAttribute('aria-describedby') ?? '');
    expect(emailError?.textContent).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    const passwordError = document.getElementById(password.getAttribute('aria-describedby') ?? '');
    expect(passwordError?.textContent).toBe('Vul uw wachtwoord in.');

    // The summary links to each field, and nothing was sent to the API.
    expect(screen.getByRole('link', { name: 'Vul uw wachtwoord in.' }).getAttribute('href')).toBe(
      '#login-password',
    );
    expect(requests).toHaveLength(0);
  });

  it('when the password is wrong, then it says so in Dutch and keeps both values', async () => {
    const { requests } = serveLogin({
      status: 401,
      body: { error: { code: 'invalid_credentials', message: 'Invalid e-mail address or password' } },
    });
    const onSuccess = jest.fn();
    const user = userEvent.setup();
    renderPage(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('E-mailadres'), 'consultant@kansplek.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('Het e-mailadres of het wachtwoord is niet juist.')).toBeTruthy();
    expect(screen.queryByText('Invalid e-mail address or password')).toBeNull();
    expect(screen.getByLabelText('E-mailadres')).toHaveProperty('value', 'consultant@kansplek.nl');
    expect(screen.getByLabelText('Wachtwoord')).toHaveProperty('value', 'fout-wachtwoord');
    expect(onSuccess).not.toHaveBeenCalled();

    const login = requests.find((r) => r.url === '/api/auth/login');
    expect(login?.body).toEqual({ email: 'consultant@kansplek.nl', password: 'fout-wachtwoord' });
    expect(login?.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('when the API rejects a field, then the error appears at that field', async () => {
    serveLogin({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'Invalid request',
          details: { issues: [{ path: 'body.email', code: 'invalid_format', message: 'Invalid email' }] },
        },
      },
    });
    const user = userEvent.setup();
    renderPage(<LoginForm onSuccess={jest.fn()} />);

    await user.type(screen.getByLabelText('E-mailadres'), 'jan@example.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'geheim');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await waitFor(() =>
      expect(screen.getByLabelText('E-mailadres').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByLabelText('Wachtwoord').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Wachtwoord')).toHaveProperty('value', 'geheim');
  });

  it('when the login succeeds, then it hands over the user and switches to their language', async () => {
    serveLogin({ status: 200, body: { data: { ...me, locale: 'en' } } });
    const onSuccess = jest.fn();
    const user = userEvent.setup();
    renderPage(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('E-mailadres'), 'consultant@kansplek.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'Kansplek-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ email: me.email })));
    expect(document.documentElement.lang).toBe('en');
  });
});
