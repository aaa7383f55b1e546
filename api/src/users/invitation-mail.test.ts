import { freePort } from '../database/processes';
import { createLogger } from '../logger';
import { retryDelayMs } from '../mail/deliver-mail';
import { MailModel } from '../mail/mail-outbox.model';
import { createMailTransport } from '../mail/mail-transport';
import { startMailer } from '../mail/start-mailer';
import type { ApiClient } from '../test/api-client';
import { linksIn, mailsTo, waitForMail } from '../test/mailpit';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signIn(await app.createUser({ role: 'admin', name: 'Anna Beheer' }));
});
afterAll(() => app.stop());

const newAddress = () => `uitgenodigd.${Date.now()}.${Math.random().toString(36).slice(2)}@example.nl`;

async function invite(overrides: Record<string, unknown> = {}) {
  const organisationId = await app.createOrganisation({ kind: 'contractor', name: 'Bouw & Zonen <BV>' });
  const res = await admin.post('/api/users/invitations', {
    email: newAddress(),
    name: 'Nieuwe Gebruiker',
    role: 'contractor',
    organisationId,
    ...overrides,
  });
  expect(res.status).toBe(201);
  return res.body.data as { user: { id: string; email: string }; inviteUrl: string };
}

describe('invitation mail', () => {
  it('when an admin invites a user, then a Dutch mail with a working link arrives and activates the account', async () => {
    const invitation = await invite();
    expect(await app.deliverMail()).toEqual({ sent: 1, failed: 0 });

    const mail = await waitForMail(invitation.user.email, /uitnodiging/i);
    expect(mail.Subject).toBe('Uw uitnodiging voor Kansplek');
    expect(mail.From.Address).toBe('noreply@kansplek.localhost');
    expect(mail.Text).toContain('Anna Beheer heeft een account voor u gemaakt op Kansplek');
    // Data is escaped in the HTML part and plain in the text part.
    expect(mail.HTML).toContain('Bouw &amp; Zonen &lt;BV&gt;');
    expect(mail.Text).toContain('Bouw & Zonen <BV>');

    const [link] = linksIn(mail);
    expect(link).toBe(invitation.inviteUrl);
    expect(link!.startsWith(`${app.config.PUBLIC_URL}/wachtwoord-instellen?token=`)).toBe(true);
    expect(mail.Text).toContain(link!);

    // Following the link: the page asks the API who it is for, then sets the password.
    const token = new URL(link!).searchParams.get('token')!;
    const visitor = app.anonymous();
    expect((await visitor.get(`/api/auth/invitations/${token}`)).body.data).toMatchObject({
      name: 'Nieuwe Gebruiker',
    });
    const accepted = await visitor.post('/api/auth/invitations/accept', {
      token,
      password: 'een lange zin als wachtwoord',
    });
    expect(accepted.status).toBe(200);
    expect((await visitor.get('/api/me')).body.data.id).toBe(invitation.user.id);
  });

  it('when the mail server is down, then the invitation is made at once and its mail goes out once the server is back', async () => {
    // The platform's sender, pointed at a port where no mail server listens.
    const down = createMailTransport(`smtp://127.0.0.1:${await freePort()}`, app.config.MAIL_FROM);
    const mailer = startMailer({
      transport: down,
      publicUrl: app.config.PUBLIC_URL,
      log: createLogger('silent'),
    });
    let invitation: Awaited<ReturnType<typeof invite>>;
    try {
      invitation = await invite();
      expect(invitation.inviteUrl).toContain('/wachtwoord-instellen?token=');
      // The sender tried as soon as the mail was queued, failed, and left it for a retry.
      let stored = await MailModel.findOne({ userId: invitation.user.id }).lean();
      for (let i = 0; i < 100 && stored?.attempts !== 1; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        stored = await MailModel.findOne({ userId: invitation.user.id }).lean();
      }
      expect(stored).toMatchObject({ status: 'pending', attempts: 1, lastError: 'ESOCKET' });
    } finally {
      await mailer.stop();
    }

    // The server is back (the tests' Mailpit): the retry, when due, delivers the working link.
    await app.deliverMail(new Date(Date.now() + retryDelayMs(1)));
    expect(await MailModel.findOne({ userId: invitation.user.id }).lean()).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
    const mail = await waitForMail(invitation.user.email, /uitnodiging/i);
    expect(linksIn(mail)[0]).toBe(invitation.inviteUrl);
  });

  it('when a mail is sent, then the outbox keeps neither the link nor the address', async () => {
    const invitation = await invite();
    await app.deliverMail();
    const stored = await MailModel.findOne({ userId: invitation.user.id }).lean();
    expect(stored).toMatchObject({ status: 'sent', content: null, to: null, attempts: 1 });
    const token = new URL(invitation.inviteUrl).searchParams.get('token')!;
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('when a new link is issued, then a second mail arrives with the new link', async () => {
    const invitation = await invite();
    await app.deliverMail();
    const reissued = await admin.post(`/api/users/${invitation.user.id}/invitations`);
    expect(reissued.status).toBe(201);
    await app.deliverMail();

    await waitForMail(invitation.user.email, /uitnodiging/i);
    const mails = await mailsTo(invitation.user.email);
    expect(mails).toHaveLength(2);
    const newest = await waitForMail(invitation.user.email);
    expect(linksIn(newest)[0]).toBe(reissued.body.data.inviteUrl);
  });

  it('when the invited user reads English, then the mail is in English', async () => {
    const invitation = await invite({ locale: 'en' });
    await app.deliverMail();
    const mail = await waitForMail(invitation.user.email);
    expect(mail.Subject).toBe('Your invitation to Kansplek');
    expect(mail.HTML).toContain('<html lang="en">');
  });
});
