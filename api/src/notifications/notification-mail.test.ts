import { signInAsCandidate } from '../candidates/candidates.test-support';
import { contractorWithContract, openCleaningPlace } from '../matches/proposals/proposals.test-support';
import { registerIntroducible } from '../matches/matches.test-support';
import { scheduleReminder, sendDueReminders } from '../reminders/reminders.service';
import type { ApiClient } from '../test/api-client';
import { linksIn, mailsTo, waitForMail } from '../test/mailpit';
import { startTestApp, type TestApp, type TestUser } from '../test/test-app';
import { UserModel } from '../users/users.model';
import { notifyUser } from './notifications.service';

let app: TestApp;
let consultant: ApiClient;
let consultantUser: TestUser;
let contractor: ApiClient;
let contractorUser: TestUser;
let contractId: string;

beforeAll(async () => {
  app = await startTestApp();
  const region = await app.createRegion();
  consultantUser = await app.createUser({ role: 'consultant', organisationId: region.servicePointId });
  consultant = await app.signIn(consultantUser);
  ({ client: contractor, contractId } = await contractorWithContract(app, region));
  const me = (await contractor.get('/api/me')).body.data;
  contractorUser = {
    id: me.id,
    email: me.email,
    role: 'contractor',
    organisationId: me.organisation.id,
    totpSecret: null,
  };
});
afterAll(() => app.stop());

const bell = async (client: ApiClient, kind: string) =>
  (
    (await client.get('/api/notifications')).body.data as Array<{ kind: string; title: string; body: string }>
  ).find((n) => n.kind === kind)!;

/** A shortlisted match for a new introducible candidate with a portal account, at a place named `title`. */
async function shortlistedWithAccount(title = 'Schoonmaker <kantoren> & ramen') {
  const place = await openCleaningPlace(contractor, contractId, { title });
  const candidateId = await registerIntroducible(consultant);
  const email = (await consultant.get(`/api/candidates/${candidateId}`)).body.data.email as string;
  const candidate = await signInAsCandidate(app, consultant, candidateId);
  const created = await consultant.post(`/api/places/${place.id}/matches`, {
    candidateId,
    action: 'shortlist',
    source: 'manual',
  });
  expect(created.status).toBe(201);
  return {
    candidateId,
    email,
    candidate: candidate.client,
    match: created.body.data as { id: string; version: number },
  };
}

describe('mail from notifications', () => {
  it('when a candidate is asked to consent to an introduction, then a Dutch mail says what happens next and links to the answer', async () => {
    const { email, candidate, match } = await shortlistedWithAccount();
    const asked = await consultant.post(`/api/matches/${match.id}/introduction`, { version: match.version });
    expect(asked.status).toBe(200);
    await app.deliverMail();

    const mail = await waitForMail(email, /Voorstellen aan een werkgever/);
    const inBell = await bell(candidate, 'introduction_requested');
    expect(mail.Subject).toBe(inBell.title);
    expect(mail.Text).toContain(inBell.body);
    expect(mail.Text).toContain('Wat gebeurt er als u ja zegt?');
    expect(mail.Text).toContain('krijgt de werkgever niets over u te zien en blijft u gewoon ingeschreven');
    expect(mail.HTML).toContain('Schoonmaker &lt;kantoren&gt; &amp; ramen');
    expect(mail.HTML).not.toContain('<kantoren>');
    expect(linksIn(mail)).toEqual([
      `${app.config.PUBLIC_URL}/mijn-matches`,
      `${app.config.PUBLIC_URL}/mijn-account`,
    ]);
    expect(mail.Text).toContain(
      `Kies zelf welke e-mails u krijgt, direct of dagelijks: ${app.config.PUBLIC_URL}/mijn-account`,
    );
  });

  it('when the candidate consents, then the contractor and consultant are mailed exactly what their bell says', async () => {
    const { candidate, match } = await shortlistedWithAccount('Glazenwasser');
    const asked = await consultant.post(`/api/matches/${match.id}/introduction`, { version: match.version });
    const yes = await candidate.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version,
      given: true,
    });
    expect(yes.status).toBe(200);
    await app.deliverMail();

    const toContractor = await waitForMail(contractorUser.email, /Kandidaat voorgesteld/);
    const contractorBell = await bell(contractor, 'candidate_put_forward');
    expect(toContractor.Text).toContain(contractorBell.body);
    expect(toContractor.Text).toContain('Op de matchpagina ziet u naam en cv-samenvatting');
    expect(linksIn(toContractor)[0]).toBe(`${app.config.PUBLIC_URL}/matches/${match.id}`);

    const toConsultant = await waitForMail(consultantUser.email, /Toestemming gegeven/);
    expect(toConsultant.Text).toContain((await bell(consultant, 'consent_given')).body);
  });

  it('when a user turned a topic off, then its notifications reach the bell but no mail is sent', async () => {
    const off = await contractor.patch('/api/me/mail-preferences', { topics: { introductions: 'off' } });
    expect(off.status).toBe(200);
    try {
      const before = (await mailsTo(contractorUser.email)).length;
      const { candidate, match } = await shortlistedWithAccount('Vloerreiniger');
      const asked = await consultant.post(`/api/matches/${match.id}/introduction`, {
        version: match.version,
      });
      await candidate.post(`/api/matches/${match.id}/consent`, {
        version: asked.body.data.version,
        given: true,
      });
      await app.deliverMail();
      await waitForMail(consultantUser.email, /Toestemming gegeven/);
      expect(await bell(contractor, 'candidate_put_forward')).toBeDefined();
      expect(await mailsTo(contractorUser.email)).toHaveLength(before);
    } finally {
      await contractor.patch('/api/me/mail-preferences', { topics: { introductions: 'immediate' } });
    }
  });

  it('when a reminder falls due, then the consultant gets it by mail', async () => {
    await scheduleReminder({
      key: `trial-ending:mail-test:${Date.now()}`,
      kind: 'trial_ending',
      dueAt: new Date(Date.now() - 1000),
      userIds: [consultantUser.id],
      params: { candidate: 'Sanne de Vries', place: 'Hovenier', date: '12-06-2026' },
      link: '/matches/665f1c2ab5c0f1a2b3c4d5e6',
    });
    await sendDueReminders();
    await app.deliverMail();
    const mail = await waitForMail(consultantUser.email, /Proefplaatsing loopt af/);
    expect(mail.Text).toContain('De proefplaatsing van Sanne de Vries bij "Hovenier" eindigt op 12-06-2026.');
    expect(linksIn(mail)[0]).toBe(`${app.config.PUBLIC_URL}/matches/665f1c2ab5c0f1a2b3c4d5e6`);
  });

  it('when the user is disabled, then the notification is stored but not mailed', async () => {
    const user = await app.createUser({ role: 'consultant' });
    await UserModel.updateOne({ _id: user.id }, { $set: { status: 'disabled' } });
    await notifyUser(user.id, { kind: 'system', params: { title: 'Onderhoud', body: 'Vanavond' } });
    await app.deliverMail();
    expect(await mailsTo(user.email)).toEqual([]);
  });
});
