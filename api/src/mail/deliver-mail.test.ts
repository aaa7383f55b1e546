import { Writable } from 'node:stream';
import pino from 'pino';
import { freePort } from '../database/processes';
import { createLogger } from '../logger';
import { mailsTo, waitForMail } from '../test/mailpit';
import { startTestApp, type TestApp } from '../test/test-app';
import { deliverDueMail, MAX_ATTEMPTS, retryDelayMs } from './deliver-mail';
import { enqueueMail } from './enqueue-mail';
import { startLocalMailpit } from './local-mailpit';
import { MailModel } from './mail-outbox.model';
import { createMailTransport } from './mail-transport';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());
// deliverDueMail sends everything due in the database: each test starts from an empty outbox.
beforeEach(() => MailModel.deleteMany({}));

const address = () => `ontvanger.${Date.now()}.${Math.random().toString(36).slice(2)}@example.nl`;

async function queue(to: string, subject = 'Proefplaatsing loopt af') {
  const key = `test:${to}`;
  await enqueueMail({
    key,
    kind: 'notification',
    to,
    locale: 'nl',
    content: {
      subject,
      heading: subject,
      paragraphs: ['Sanne de Vries, Hovenier'],
      action: { label: 'Bekijken', href: '/matches/1' },
    },
  });
  return key;
}

/** A logger whose lines the test can read. */
function capturedLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe('delivering mail', () => {
  it('when the mail server is down, then the mail waits with backoff and goes out once it is back', async () => {
    const to = address();
    const key = await queue(to);
    const down = createMailTransport(`smtp://127.0.0.1:${await freePort()}`, app.config.MAIL_FROM);
    const { log, lines } = capturedLog();
    const now = new Date();

    expect(await deliverDueMail({ transport: down, publicUrl: app.config.PUBLIC_URL, now, log })).toEqual({
      sent: 0,
      failed: 1,
    });
    const waiting = await MailModel.findOne({ key }).lean();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'ESOCKET' });
    expect(waiting!.sendAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    // Logged with ids and the error code, never the address or the text.
    expect(lines.join('')).toContain('ESOCKET');
    expect(lines.join('')).not.toMatch(new RegExp(`${to}|Sanne|Hovenier|Proefplaatsing`));

    // Not due yet: nothing is tried.
    expect(await app.deliverMail(new Date(now.getTime() + 1_000))).toEqual({ sent: 0, failed: 0 });
    expect(await app.deliverMail(new Date(now.getTime() + retryDelayMs(1)))).toEqual({ sent: 1, failed: 0 });
    expect((await waitForMail(to)).Subject).toBe('Proefplaatsing loopt af');
    expect(await MailModel.findOne({ key }).lean()).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });
    down.close();
  });

  it('when the server refuses a mail for good, then it is given up at once and its content forgotten', async () => {
    const refusing = await startLocalMailpit({
      log: () => undefined,
      extraArgs: ['--chaos-triggers=Recipient:550:100'],
    });
    const transport = createMailTransport(refusing.smtpUrl, app.config.MAIL_FROM);
    try {
      const key = await queue(address());
      const result = await deliverDueMail({
        transport,
        publicUrl: app.config.PUBLIC_URL,
        log: createLogger('silent'),
      });
      expect(result).toEqual({ sent: 0, failed: 1 });
      expect(await MailModel.findOne({ key }).lean()).toMatchObject({
        status: 'failed',
        lastError: '550',
        content: null,
        to: null,
      });
    } finally {
      transport.close();
      await refusing.stop();
    }
  });

  it('when a mail keeps failing, then it is given up after the last attempt', async () => {
    const key = await queue(address());
    await MailModel.updateOne({ key }, { $set: { attempts: MAX_ATTEMPTS - 1 } });
    const down = createMailTransport(`smtp://127.0.0.1:${await freePort()}`, app.config.MAIL_FROM);
    await deliverDueMail({ transport: down, publicUrl: app.config.PUBLIC_URL, log: createLogger('silent') });
    expect(await MailModel.findOne({ key }).lean()).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
    });
    down.close();
  });

  it('when two senders run at once, then every mail is sent exactly once', async () => {
    const recipients = [address(), address(), address(), address()];
    for (const to of recipients) await queue(to);
    const [first, second] = await Promise.all([app.deliverMail(), app.deliverMail()]);
    expect(first.sent + second.sent).toBe(4);
    for (const to of recipients) {
      await waitForMail(to);
      expect(await mailsTo(to)).toHaveLength(1);
    }
  });

  it('when a sender stopped while sending, then another sends the mail once its claim ran out', async () => {
    const to = address();
    const key = await queue(to);
    const now = new Date();
    await MailModel.updateOne(
      { key },
      { $set: { status: 'sending', leaseUntil: new Date(now.getTime() + 60_000) } },
    );

    expect(await app.deliverMail(now)).toEqual({ sent: 0, failed: 0 });
    expect(await app.deliverMail(new Date(now.getTime() + 61_000))).toEqual({ sent: 1, failed: 0 });
    await waitForMail(to);
  });

  it('when the same key is queued twice, then one mail is sent', async () => {
    const to = address();
    await queue(to);
    await queue(to);
    expect(await MailModel.countDocuments({})).toBe(1);
  });
});
