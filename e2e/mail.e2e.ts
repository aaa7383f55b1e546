import { baseUrl, DEMO_ACCOUNTS, logIn, seriousAccessibilityViolations, useBrowser } from './support/browser';

const openPage = useBrowser();

function mailpitUrl(): string {
  const url = process.env.E2E_MAILPIT_URL;
  if (!url) throw new Error('E2E_MAILPIT_URL is not set: run the browser tests with e2e/jest.config.cjs');
  return url;
}

/** The id of the newest mail to `address` in the platform's Mailpit, once it has arrived. */
async function mailTo(address: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const query = encodeURIComponent(`to:"${address}"`);
    const found = (await (await fetch(`${mailpitUrl()}/api/v1/search?query=${query}`)).json()) as {
      messages: Array<{ ID: string }>;
    };
    if (found.messages[0]) return found.messages[0].ID;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no mail to ${address} arrived in Mailpit`);
}

describe('e-mail', () => {
  it('when the admin invites someone, then the invitation mail arrives in Mailpit and its link opens the activation page', async () => {
    const admin = await openPage();
    await logIn(admin, DEMO_ACCOUNTS.admin);
    await admin.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    await admin.goto('/beheer/gebruikers/uitnodigen');
    await admin.getByRole('heading', { level: 1, name: 'Gebruiker uitnodigen' }).waitFor();

    const email = `e2e-mail-${Date.now()}@kansplek.nl`;
    await admin.getByLabel('Naam').fill('Mila Post');
    await admin.getByLabel('E-mailadres').fill(email);
    await admin.getByLabel('Rol').selectOption('consultant');
    const organisation = admin.getByLabel('Organisatie');
    await organisation.locator('option').nth(1).waitFor({ state: 'attached' });
    await organisation.selectOption({ index: 1 });
    await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await admin.getByText(`We hebben de uitnodiging per e-mail gestuurd naar Mila Post (${email})`).waitFor();

    // The invitee reads the mail as Mailpit shows it, and follows its button.
    const invitee = await openPage();
    await invitee.goto(`${mailpitUrl()}/view/${await mailTo(email)}.html`);
    await invitee.getByRole('heading', { level: 1, name: 'Welkom bij Kansplek, Mila Post' }).waitFor();
    expect(await seriousAccessibilityViolations(invitee, 'invitation mail')).toEqual([]);
    await invitee.getByRole('link', { name: 'Wachtwoord instellen' }).click();

    await invitee.waitForURL(`${baseUrl()}/wachtwoord-instellen?token=*`);
    await invitee.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    await invitee.getByText(email).waitFor();
    expect(await seriousAccessibilityViolations(invitee, 'set password page from the mail')).toEqual([]);
    await invitee.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord');
    await invitee.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await invitee.getByRole('heading', { level: 1, name: 'Welkom, Mila Post' }).waitFor();

    // Her account page: which mail she gets, per topic.
    await invitee.goto('/mijn-account');
    const reminders = invitee.getByRole('group', { name: 'Herinneringen' });
    await reminders.waitFor();
    expect(await seriousAccessibilityViolations(invitee, 'account page with e-mail preferences')).toEqual([]);
    await reminders.getByRole('radio', { name: 'In het dagelijkse overzicht' }).check();
    await invitee.getByRole('button', { name: 'E-mailvoorkeuren opslaan' }).click();
    await invitee.getByText('Uw e-mailvoorkeuren zijn opgeslagen.').waitFor();
    await invitee.reload();
    expect(
      await invitee
        .getByRole('group', { name: 'Herinneringen' })
        .getByRole('radio', { name: 'In het dagelijkse overzicht' })
        .isChecked(),
    ).toBe(true);

    await admin.context().close();
    await invitee.context().close();
  });
});
