import { signInAsCandidate } from '../candidates/candidates.test-support';
import { registerIntroducible } from '../matches/matches.test-support';
import { digestSendTime } from '../mail/digest-schedule';
import { MailModel } from '../mail/mail-outbox.model';
import type { ApiClient } from '../test/api-client';
import { mailsTo, readMail, waitForMail } from '../test/mailpit';
import { startTestApp, type TestApp, type TestUser } from '../test/test-app';
import { notifyUser } from './notifications.service';

let app: TestApp;
let consultant: ApiClient;
let consultantUser: TestUser;
beforeAll(async () => {
  app = await startTestApp();
  const region = await app.createRegion();
  consultantUser = await app.createUser({ role: 'consultant', organisationId: region.servicePointId });
  consultant = await app.signIn(consultantUser);
});
afterAll(() => app.stop());

const stageChange = (userId: string, candidate: string, candidateId?: string) =>
  notifyUser(userId, {
    kind: 'match_stage_changed',
    params: { candidate, place: 'Hovenier', stageNl: 'sollicitatiegesprek', stageEn: 'interview' },
    link: '/matches/665f1c2ab5c0f1a2b3c4d5e6',
    candidateId,
  });

async function digestOf(user: TestUser) {
  return MailModel.findOne({ userId: user.id, kind: 'digest', status: 'collecting' }).lean();
}

describe('the daily digest', () => {
  it('when notifications arrive for a daily topic, then one digest goes out at seven, once, even with two senders', async () => {
    const contractor = await app.createUser({ role: 'contractor' });
    // Contractors get match updates daily by default.
    await stageChange(contractor.id, 'Sanne de Vries');
    await stageChange(contractor.id, 'Piet Jansen');
    await app.deliverMail();
    expect(await mailsTo(contractor.email)).toEqual([]);

    const digest = await digestOf(contractor);
    expect(digest!.items.map((i) => i.body)).toEqual([
      'Sanne de Vries — "Hovenier": sollicitatiegesprek.',
      'Piet Jansen — "Hovenier": sollicitatiegesprek.',
    ]);
    const sevenAm = digest!.sendAt;
    expect(sevenAm.getTime()).toBeGreaterThan(Date.now());
    expect(
      new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', timeStyle: 'short' }).format(sevenAm),
    ).toBe('07:00');

    expect(await app.deliverMail(new Date(sevenAm.getTime() - 1000))).toEqual({ sent: 0, failed: 0 });
    const [first, second] = await Promise.all([app.deliverMail(sevenAm), app.deliverMail(sevenAm)]);
    expect(first.sent + second.sent).toBe(1);

    const mail = await waitForMail(contractor.email, /uw overzicht van/);
    expect(mail.Text).toContain('Sinds het vorige overzicht zijn er 2 berichten voor u.');
    expect(mail.Text).toContain('Sanne de Vries — "Hovenier": sollicitatiegesprek.');
    expect(mail.HTML).toContain(
      `<a href="${app.config.PUBLIC_URL}/matches/665f1c2ab5c0f1a2b3c4d5e6">Match: sollicitatiegesprek</a>`,
    );
    expect(await mailsTo(contractor.email)).toHaveLength(1);

    // Later notifications start the next day's digest.
    await stageChange(contractor.id, 'Kees Bakker');
    const next = await digestOf(contractor);
    expect(next!.items).toHaveLength(1);
    expect(next!.sendAt.getTime()).toBe(digestSendTime(nextDutchDate(sevenAm)).getTime());
  });

  it('when the user chooses daily for a topic that came at once, then it goes into the digest instead', async () => {
    const contractor = await app.createUser({ role: 'contractor' });
    const client = await app.signIn(contractor);
    expect((await client.patch('/api/me/mail-preferences', { topics: { efforts: 'daily' } })).status).toBe(
      200,
    );
    await notifyUser(contractor.id, {
      kind: 'effort_accepted',
      params: { description: 'Rijlessen', contract: 'Onderhoud N225' },
    });
    await app.deliverMail();
    expect(await mailsTo(contractor.email)).toEqual([]);
    expect((await digestOf(contractor))!.items[0]!.title).toBe('Inspanning geaccepteerd');
  });

  it('when a candidate withdraws consent to sharing, then mail to employers about them is not sent, and the consultant still gets theirs', async () => {
    const candidateId = await registerIntroducible(consultant);
    const contractor = await app.createUser({ role: 'contractor' });
    const client = await app.signIn(contractor);
    await stageChange(contractor.id, 'Fatima El Amrani', candidateId);
    await stageChange(contractor.id, 'Piet Jansen');
    // And one at once, not sent yet.
    await client.patch('/api/me/mail-preferences', { topics: { introductions: 'immediate' } });
    await notifyUser(contractor.id, {
      kind: 'candidate_put_forward',
      params: { place: 'Hovenier' },
      link: '/matches/665f1c2ab5c0f1a2b3c4d5e6',
      candidateId,
    });
    await stageChange(consultantUser.id, 'Fatima El Amrani', candidateId);

    const current = await consultant.get(`/api/candidates/${candidateId}`);
    const withdrawn = await consultant.put(`/api/candidates/${candidateId}/consent`, {
      kind: 'sharing',
      given: false,
      version: current.body.data.version,
    });
    expect(withdrawn.status).toBe(200);

    const sevenAm = (await digestOf(contractor))!.sendAt;
    await app.deliverMail(sevenAm);
    const toContractor = await mailsTo(contractor.email);
    expect(toContractor.map((m) => m.Subject)).toEqual([expect.stringMatching(/uw overzicht van/)]);
    const digest = await readMail(toContractor[0]!.ID);
    expect(digest.Text).toContain('Piet Jansen');
    expect(digest.Text).not.toContain('Fatima');

    const toConsultant = await waitForMail(consultantUser.email, /uw overzicht van/);
    expect(toConsultant.Text).toContain('Fatima El Amrani');
  });

  it('when a candidate is erased, then no mail about them or to them is sent', async () => {
    const candidateId = await registerIntroducible(consultant);
    // Their account's invitation, not sent yet.
    const { userId } = await signInAsCandidate(app, consultant, candidateId);
    const colleague = await app.createUser({ role: 'consultant' });
    await stageChange(colleague.id, 'Jan de Wit', candidateId);
    await stageChange(colleague.id, 'Piet Jansen');
    const current = await consultant.get(`/api/candidates/${candidateId}`);
    const erased = await consultant.delete(`/api/candidates/${candidateId}`, {
      version: current.body.data.version,
    });
    expect(erased.status).toBe(200);

    const digest = await digestOf(colleague);
    expect(digest!.items.map((i) => i.body)).toEqual(['Piet Jansen — "Hovenier": sollicitatiegesprek.']);
    expect(JSON.stringify(digest)).not.toContain('Jan de Wit');
    expect(await MailModel.find({ userId }).lean()).toEqual([
      expect.objectContaining({ kind: 'invitation', status: 'cancelled', content: null, to: null }),
    ]);
  });
});

function nextDutchDate(at: Date): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
  return new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
