import type { Page } from 'playwright-core';
import {
  baseUrl,
  DEMO_ACCOUNTS,
  enterSecondFactorCode,
  logIn,
  useBrowser,
  seriousAccessibilityViolations,
} from './support/browser';
import { codeForSignIn } from './support/totp';
import { eventually } from './support/eventually';
import { newestMailPage } from './support/mailpit';

const openPage = useBrowser();

describe('inviting a user', () => {
  it('when the admin invites someone, then the mail arrives with a working link, and once they set a password the admin is told live', async () => {
    const admin = await openPage();
    await logIn(admin, DEMO_ACCOUNTS.admin);
    await admin.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();

    await admin
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await admin.getByRole('table').waitFor();
    expect(await seriousAccessibilityViolations(admin, 'users page')).toEqual([]);

    await admin.getByRole('link', { name: 'Gebruiker uitnodigen' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Gebruiker uitnodigen' }).waitFor();

    // Sending the empty form marks the fields and keeps the page.
    await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
    expect(await admin.getByLabel('Naam').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(admin, 'invite form with errors')).toEqual([]);

    const email = `e2e-${Date.now()}@kansplek.nl`;
    await admin.getByLabel('Naam').fill('Eva Tweede');
    await admin.getByLabel('E-mailadres').fill(email);
    await admin.getByLabel('Rol').selectOption('consultant');
    const organisation = admin.getByLabel('Organisatie');
    await organisation.locator('option').nth(1).waitFor({ state: 'attached' });
    await organisation.selectOption({ index: 1 });
    await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();

    await admin.getByRole('heading', { name: 'Uitnodiging gemaakt' }).waitFor();
    await admin
      .getByText(`We hebben de uitnodiging per e-mail gestuurd naar Eva Tweede (${email})`)
      .waitFor();
    const inviteUrl = await admin.getByLabel('Uitnodigingslink').inputValue();
    expect(inviteUrl).toContain('/wachtwoord-instellen?token=');
    await admin.getByRole('button', { name: 'Link kopiëren' }).waitFor();

    await admin.getByRole('link', { name: 'Start' }).click();
    await admin.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    const unreadBefore = await unreadCount(admin);

    // The invited user reads the invitation mail (as Mailpit shows it) and follows its button.
    const invitee = await openPage();
    await invitee.goto(await newestMailPage(email));
    await invitee.getByRole('heading', { level: 1, name: 'Welkom bij Kansplek, Eva Tweede' }).waitFor();
    expect(await seriousAccessibilityViolations(invitee, 'invitation mail')).toEqual([]);
    const mailLink = invitee.getByRole('link', { name: 'Wachtwoord instellen' });
    expect(await mailLink.getAttribute('href')).toBe(inviteUrl);
    await mailLink.click();
    await invitee.waitForURL(`${baseUrl()}/wachtwoord-instellen?token=*`);
    await invitee.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    await invitee.getByText(email).waitFor();
    expect(await seriousAccessibilityViolations(invitee, 'set password page')).toEqual([]);
    await invitee.getByLabel('Nieuw wachtwoord').fill('kort');
    await invitee.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await invitee.getByText('Kies een wachtwoord van minstens 12 tekens.').first().waitFor();
    expect(await invitee.getByLabel('Nieuw wachtwoord').inputValue()).toBe('kort');

    // A common password is refused, and the form says why.
    await invitee.getByLabel('Nieuw wachtwoord').fill('welkom12345678');
    await invitee.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await invitee.getByText('Dit wachtwoord staat op een lijst van veelgebruikte').first().waitFor();

    const password = 'een lange zin als wachtwoord';
    await invitee.getByLabel('Nieuw wachtwoord').fill(password);
    await invitee.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();

    // A consultant sees special-category data: a second factor comes first, nothing else is open yet.
    await invitee.waitForURL(`${baseUrl()}/tweede-factor-instellen`);
    await invitee.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
    await invitee.getByRole('img', { name: /QR-code/ }).waitFor();
    expect(await seriousAccessibilityViolations(invitee, 'second factor enrolment')).toEqual([]);
    // The key as text (for those who cannot scan), as an authenticator app would take it.
    const key = (await invitee.locator('code.kp-secret').innerText()).replace(/\s/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await invitee.getByLabel('Code uit de app').fill(await codeForSignIn(email, key));
    await invitee.getByRole('button', { name: 'Bevestigen' }).click();
    await invitee.getByRole('heading', { name: 'Uw herstelcodes' }).waitFor();
    expect(await invitee.locator('.kp-recovery-codes li').count()).toBe(10);
    expect(await seriousAccessibilityViolations(invitee, 'recovery codes')).toEqual([]);
    await invitee.getByRole('link', { name: 'Ik heb de codes bewaard, ga verder' }).click();
    await invitee.waitForURL(`${baseUrl()}/`);
    await invitee.getByRole('heading', { level: 1, name: 'Welkom, Eva Tweede' }).waitFor();

    // No reload: the count arrives over the socket.
    expect(await eventually(() => unreadCount(admin), unreadBefore + 1)).toBe(unreadBefore + 1);
    await admin.getByRole('button', { name: /^Meldingen/ }).click();
    await admin.getByText('Account geactiveerd').first().waitFor();

    // Signing in again: the password, then the second step asks for a code of the new factor.
    await invitee.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await invitee.getByRole('button', { name: 'Uitloggen' }).click();
    await invitee.waitForURL(`${baseUrl()}/inloggen`);
    await logIn(invitee, email, password);
    await invitee.getByRole('heading', { name: 'Stap 2: code uit uw app' }).waitFor();
    expect(await seriousAccessibilityViolations(invitee, 'second step of signing in')).toEqual([]);
    await enterSecondFactorCode(invitee, email, key);
    await invitee.getByRole('heading', { level: 1, name: 'Welkom, Eva Tweede' }).waitFor();

    await admin.context().close();
    await invitee.context().close();
  });
});

async function unreadCount(page: Page): Promise<number> {
  const badge = page.getByTestId('unread-count');
  if ((await badge.count()) === 0) return 0;
  return Number.parseInt((await badge.innerText()).trim(), 10);
}
