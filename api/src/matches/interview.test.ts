import { signInAsCandidate } from '../candidates/candidates.test-support';
import { dutchInstant } from '../mail/digest-schedule';
import { readAttachment, waitForMail } from '../test/mailpit';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestUser } from '../test/test-app';
import { daysFromToday, interviewPlan, registerIntroducible } from './matches.test-support';
import { contractorWithContract, openCleaningPlace } from './proposals/proposals.test-support';

let app: TestApp;
let consultant: ApiClient;
let consultantUser: TestUser;
let contractor: ApiClient;
let contractId: string;

beforeAll(async () => {
  app = await startTestApp();
  const region = await app.createRegion();
  consultantUser = await app.createUser({ role: 'consultant', organisationId: region.servicePointId });
  consultant = await app.signIn(consultantUser);
  ({ client: contractor, contractId } = await contractorWithContract(app, region));
});
afterAll(() => app.stop());

const paths = (res: { body: { error: { details: { issues: Array<{ path: string }> } } } }) =>
  res.body.error.details.issues.map((i) => i.path);

/** A match the candidate (with a portal account) consented to, ready for the interview. */
async function introduced() {
  const place = await openCleaningPlace(contractor, contractId);
  const candidateId = await registerIntroducible(consultant);
  const candidate = await signInAsCandidate(app, consultant, candidateId);
  const profile = (await consultant.get(`/api/candidates/${candidateId}`)).body.data;
  const created = await consultant.post(`/api/places/${place.id}/matches`, {
    candidateId,
    action: 'shortlist',
    source: 'manual',
  });
  const asked = await consultant.post(`/api/matches/${created.body.data.id}/introduction`, {
    version: created.body.data.version,
  });
  const yes = await candidate.client.post(`/api/matches/${created.body.data.id}/consent`, {
    version: asked.body.data.version,
    given: true,
  });
  expect(yes.status).toBe(200);
  return {
    candidate: candidate.client,
    email: profile.email as string,
    fullName: `${profile.firstName} ${profile.lastName}`,
    match: yes.body.data as { id: string; version: number },
  };
}

const icsTime = (date: string, time: string) =>
  dutchInstant(date, time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

describe('the interview step', () => {
  it('when the contractor plans the interview, then every party sees date, times and place, and the candidate is mailed the appointment', async () => {
    const { candidate, email, fullName, match } = await introduced();
    const plan = interviewPlan({ date: daysFromToday(10), startTime: '14:30', endTime: '15:15' });
    const res = await contractor.post(`/api/matches/${match.id}/transitions`, {
      to: 'interview',
      version: match.version,
      interview: plan,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ stage: 'interview', interview: plan });
    expect((await candidate.get(`/api/matches/${match.id}`)).body.data.interview).toEqual(plan);
    expect((await consultant.get(`/api/matches/${match.id}`)).body.data.interview).toEqual(plan);

    await app.deliverMail();
    const mail = await waitForMail(email, /Uitnodiging sollicitatiegesprek/);
    const weekday = new Date(`${plan.date}T12:00:00Z`).toLocaleDateString('nl-NL', {
      weekday: 'long',
      timeZone: 'UTC',
    });
    expect(mail.Text).toContain(`Sollicitatiegesprek voor "Schoonmaker kantoren" bij`);
    expect(mail.Text).toContain(`${weekday} `);
    expect(mail.Text).toContain('14:30–15:15 uur, Markt 1, Arnhem.');
    // The candidate's own message does not name them.
    expect(mail.Text).not.toContain(fullName);

    // Long lines are folded (RFC 5545): unfolded here to read them whole.
    const ics = (await readAttachment(mail, 'afspraak.ics')).replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain(`UID:interview-${match.id}@kansplek`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain(`DTSTART:${icsTime(plan.date, '14:30')}`);
    expect(ics).toContain(`DTEND:${icsTime(plan.date, '15:15')}`);
    expect(ics).toContain('LOCATION:Markt 1\\, Arnhem');
    expect(ics).toContain(`${app.config.PUBLIC_URL}/matches/${match.id}`);
    expect(ics).not.toContain(fullName);

    // The consultant's mail names the candidate (consultants see everyone in their region).
    const toConsultant = await waitForMail(consultantUser.email, /Uitnodiging sollicitatiegesprek/);
    expect(toConsultant.Text).toContain(`Sollicitatiegesprek met ${fullName}`);
  });

  it('when the interview is moved, then the parties get the new appointment, which replaces the first', async () => {
    const { email, match } = await introduced();
    const planned = await contractor.post(`/api/matches/${match.id}/transitions`, {
      to: 'interview',
      version: match.version,
      interview: interviewPlan(),
    });
    const moved = await contractor.put(`/api/matches/${match.id}/interview`, {
      version: planned.body.data.version,
      interview: interviewPlan({ startTime: '16:00', endTime: '16:45', location: 'Online (Teams)' }),
      note: 'Verzoek van de kandidaat',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data.interview).toMatchObject({ startTime: '16:00', location: 'Online (Teams)' });
    expect(moved.body.data.timeline.at(-1)).toMatchObject({
      stage: 'interview',
      event: 'interview_rescheduled',
      note: 'Verzoek van de kandidaat',
    });

    await app.deliverMail();
    const mail = await waitForMail(email, /Sollicitatiegesprek verplaatst/);
    expect(mail.Text).toContain('16:00–16:45 uur, Online (Teams).');
    const ics = await readAttachment(mail, 'afspraak.ics');
    expect(ics).toContain(`UID:interview-${match.id}@kansplek`);
    expect(ics).toContain('SEQUENCE:1');
  });

  it.each([
    [{}, 'body.interview'],
    [{ interview: interviewPlan({ endTime: '09:30' }) }, 'body.interview.endTime'],
    [{ interview: interviewPlan({ startTime: '25:00' }) }, 'body.interview.startTime'],
    [{ interview: interviewPlan({ location: '  ' }) }, 'body.interview.location'],
    [{ interview: interviewPlan({ date: '2026-02-30' }) }, 'body.interview.date'],
    [{ interview: { ...interviewPlan(), room: '12' } }, 'body.interview'],
  ])(
    'when the interview is planned with %j, then 400 names %s and the match stays introduced',
    async (body, path) => {
      const { match } = await introduced();
      const res = await contractor.post(`/api/matches/${match.id}/transitions`, {
        to: 'interview',
        version: match.version,
        ...body,
      });
      expect(res.status).toBe(400);
      expect(paths(res)).toContain(path);
      expect((await contractor.get(`/api/matches/${match.id}`)).body.data.stage).toBe('introduced');
    },
  );

  it('when the date has passed, then 400 says the interview is planned for today or later', async () => {
    const { match } = await introduced();
    const res = await contractor.post(`/api/matches/${match.id}/transitions`, {
      to: 'interview',
      version: match.version,
      interview: interviewPlan({ date: daysFromToday(-1) }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([
      expect.objectContaining({ path: 'body.interview.date', code: 'date_in_past' }),
    ]);
  });

  it('when the candidate moves it, or it is not planned, or the version is old, then it is refused and nothing changes', async () => {
    const { candidate, match } = await introduced();
    const early = await contractor.put(`/api/matches/${match.id}/interview`, {
      version: match.version,
      interview: interviewPlan(),
    });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('invalid_transition');

    const planned = await contractor.post(`/api/matches/${match.id}/transitions`, {
      to: 'interview',
      version: match.version,
      interview: interviewPlan(),
    });
    const byCandidate = await candidate.put(`/api/matches/${match.id}/interview`, {
      version: planned.body.data.version,
      interview: interviewPlan({ startTime: '08:00', endTime: '09:00' }),
    });
    expect(byCandidate.status).toBe(403);
    const stale = await consultant.put(`/api/matches/${match.id}/interview`, {
      version: planned.body.data.version - 1,
      interview: interviewPlan({ startTime: '08:00', endTime: '09:00' }),
    });
    expect(stale.status).toBe(409);
    expect((await consultant.get(`/api/matches/${match.id}`)).body.data.interview.startTime).toBe('10:00');
  });
});
