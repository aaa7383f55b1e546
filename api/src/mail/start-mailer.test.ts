import { createLogger } from '../logger';
import { waitForMail } from '../test/mailpit';
import { startTestApp, type TestApp } from '../test/test-app';
import { enqueueMail } from './enqueue-mail';
import { MailModel } from './mail-outbox.model';
import { createMailTransport } from './mail-transport';
import { startMailer } from './start-mailer';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const address = () => `werker.${Date.now()}.${Math.random().toString(36).slice(2)}@example.nl`;

const queue = (to: string) =>
  enqueueMail({
    key: `worker:${to}`,
    kind: 'notification',
    to,
    locale: 'nl',
    content: { subject: 'Bericht', heading: 'Bericht', paragraphs: ['Tekst'] },
  });

describe('the mail worker', () => {
  it('when it starts, then mail that waited is sent; when a mail is queued, then it goes out without waiting for the interval', async () => {
    const waited = address();
    await queue(waited);
    const mailer = startMailer(
      {
        transport: createMailTransport(process.env.TEST_SMTP_URL!, app.config.MAIL_FROM),
        publicUrl: app.config.PUBLIC_URL,
        log: createLogger('silent'),
      },
      // An hour: only the start and the queue signal can explain a mail going out.
      60 * 60_000,
    );
    try {
      await waitForMail(waited);
      const fresh = address();
      await queue(fresh);
      await waitForMail(fresh, undefined, 5_000);
    } finally {
      await mailer.stop();
    }
    expect(await MailModel.countDocuments({ status: 'sent' })).toBe(2);
  });
});
