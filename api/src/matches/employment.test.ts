import { addMonths } from '../contract';
import { openCleaningPlace } from './proposals/proposals.test-support';
import { startTestApp, type TestApp } from '../test/test-app';
import {
  kindsOf,
  matchAtInterview,
  monthsFromToday,
  openPipelineDesk,
  remindersOf,
  storedCandidate,
  today,
  trialStart,
  type PipelineDesk,
} from './matches.test-support';

let app: TestApp;
let desk: PipelineDesk;

beforeAll(async () => {
  app = await startTestApp();
  desk = await openPipelineDesk(app);
});
afterAll(() => app.stop());

/** A match whose candidate was hired, the employment starting `monthsAgo` months ago. */
async function hired(monthsAgo = 0, contractType = 'temporary') {
  const match = await matchAtInterview(desk);
  const startDate = monthsFromToday(-monthsAgo - 2);
  const trial = await desk.contractor.post(
    `/api/matches/${match.id}/trial`,
    trialStart(match.version, { startDate }),
  );
  expect(trial.status).toBe(200);
  const employment = {
    startDate: monthsFromToday(-monthsAgo),
    contractType,
    hoursPerWeek: 32,
    plannedEnd: contractType === 'permanent' ? null : monthsFromToday(12 - monthsAgo),
  };
  const res = await desk.contractor.post(`/api/matches/${match.id}/trial/outcome`, {
    outcome: 'hired',
    version: trial.body.data.version,
    employment,
    note: 'Contract getekend',
  });
  expect(res.status).toBe(200);
  return { ...match, version: res.body.data.version as number, employment, body: res.body.data };
}

const aftercare = (match: { id: string }, body: Record<string, unknown>) =>
  desk.consultant.post(`/api/matches/${match.id}/employment/aftercare`, body);

describe('employment after the trial', () => {
  it('when the trial ends in hired, then the employment is recorded with aftercare at 1, 3, 6 and 12 months and their reminders', async () => {
    const match = await hired();
    const start = match.employment.startDate;
    expect(match.body).toMatchObject({
      stage: 'hired',
      trial: { outcome: 'hired' },
      employment: {
        ...match.employment,
        durable: false,
        ended: null,
        aftercare: [1, 3, 6, 12].map((month) => ({
          month,
          dueDate: addMonths(start, month),
          doneAt: null,
          stillEmployed: null,
          by: null,
        })),
      },
      nextStages: [],
    });
    expect(await storedCandidate(match.candidateId)).toMatchObject({ status: 'placed' });
    const reminders = await remindersOf(match.id);
    for (const month of [1, 3, 6, 12]) {
      expect(reminders[`aftercare-due:${match.id}:${addMonths(start, month)}`]).toBe('pending');
    }
    // The trial's reminders are over.
    expect(
      Object.entries(reminders)
        .filter(([key]) => !key.startsWith('aftercare-due:'))
        .map(([, status]) => status),
    ).toEqual(['cancelled', 'cancelled']);
    expect(await kindsOf(desk.consultant)).toContain('match_stage_changed: Match: in dienst');
    // Its one position is taken: the place is filled, by its own transition.
    const place = await desk.contractor.get(`/api/places/${match.placeId}`);
    expect(place.body.data).toMatchObject({ status: 'filled' });
    expect(place.body.data.history.at(-1)).toMatchObject({ from: 'open', to: 'filled' });
  });

  it('when an employment starts before the trial, then 400 names the field', async () => {
    const match = await matchAtInterview(desk);
    const trial = await desk.contractor.post(`/api/matches/${match.id}/trial`, trialStart(match.version));
    const res = await desk.contractor.post(`/api/matches/${match.id}/trial/outcome`, {
      outcome: 'hired',
      version: trial.body.data.version,
      employment: {
        startDate: monthsFromToday(-1),
        contractType: 'permanent',
        hoursPerWeek: 24,
        plannedEnd: null,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('body.employment.startDate');
  });

  it('when aftercare is recorded, then once per month, from its due date on, and durable once employed at six months', async () => {
    const match = await hired(7, 'permanent');
    let version = match.version;
    const first = await aftercare(match, { version, month: 1, stillEmployed: true, note: 'Gaat goed' });
    expect(first.status).toBe(200);
    expect(first.body.data.employment.aftercare[0]).toMatchObject({
      month: 1,
      stillEmployed: true,
      note: 'Gaat goed',
      doneAt: expect.any(String),
      by: { name: expect.any(String) },
    });
    expect(first.body.data.employment.durable).toBe(false);
    version = first.body.data.version;

    const twice = await aftercare(match, { version, month: 1, stillEmployed: true });
    expect(twice.status).toBe(422);
    expect(twice.body.error.details.issues[0]).toMatchObject({ path: 'body.month', code: 'already_done' });
    const notDue = await aftercare(match, { version, month: 12, stillEmployed: true });
    expect(notDue.status).toBe(422);
    expect(notDue.body.error.details.issues[0]).toMatchObject({ path: 'body.month', code: 'not_due_yet' });
    const gone = await aftercare(match, { version, month: 3, stillEmployed: false });
    expect(gone.status).toBe(422);
    expect(gone.body.error.details.issues[0]).toMatchObject({
      path: 'body.stillEmployed',
      code: 'end_employment_instead',
    });
    expect((await aftercare(match, { version: version - 1, month: 3, stillEmployed: true })).status).toBe(
      409,
    );

    const six = await desk.contractor.post(`/api/matches/${match.id}/employment/aftercare`, {
      version,
      month: 6,
      stillEmployed: true,
    });
    expect(six.status).toBe(200);
    expect(six.body.data.employment.durable).toBe(true);
    const reminders = await remindersOf(match.id);
    expect(reminders[`aftercare-due:${match.id}:${addMonths(match.employment.startDate, 6)}`]).toBe(
      'cancelled',
    );
    expect(reminders[`aftercare-due:${match.id}:${addMonths(match.employment.startDate, 12)}`]).toBe(
      'pending',
    );
    expect(await kindsOf(desk.consultant)).toContain('match_stage_changed: Match: nazorg na 6 maanden');

    // Ending a durable employment: back in the pool with a new search, without priority.
    const ended = await desk.consultant.post(`/api/matches/${match.id}/employment/end`, {
      version: six.body.data.version,
      endDate: today(),
      reason: 'Verhuisd naar een andere regio',
    });
    expect(ended.status).toBe(200);
    expect(await storedCandidate(match.candidateId)).toMatchObject({
      status: 'active',
      priorityReplacement: false,
      waitingSince: today(),
    });
  });

  it('when aftercare is recorded on a match still in its trial, then 422', async () => {
    const match = await matchAtInterview(desk);
    const trial = await desk.contractor.post(`/api/matches/${match.id}/trial`, trialStart(match.version));
    const res = await aftercare(match, { version: trial.body.data.version, month: 1, stillEmployed: true });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toMatchObject({ from: 'trial' });
  });

  it('when employment ends before six months, then the candidate returns with priority and is proposed again', async () => {
    const match = await hired(2);
    const waitingSince = (await storedCandidate(match.candidateId))!.waitingSince;
    const res = await desk.contractor.post(`/api/matches/${match.id}/employment/end`, {
      version: match.version,
      endDate: today(),
      reason: 'Bouwproject afgerond',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      stage: 'hired',
      employment: { ended: { date: today(), reason: 'Bouwproject afgerond' }, durable: false },
    });
    expect(await storedCandidate(match.candidateId)).toMatchObject({
      status: 'active',
      placementMatchId: null,
      priorityReplacement: true,
      waitingSince,
    });
    expect(Object.values(await remindersOf(match.id)).filter((s) => s === 'pending')).toEqual([]);
    expect(await kindsOf(desk.consultant)).toContain(
      `match_stage_changed: Match: dienstverband beëindigd per ${today()}`,
    );

    const again = await desk.consultant.post(`/api/matches/${match.id}/employment/end`, {
      version: res.body.data.version,
      endDate: today(),
      reason: 'Nogmaals',
    });
    expect(again.status).toBe(422);

    const other = await openCleaningPlace(desk.contractor, desk.contractId);
    await app.syncSearch();
    const proposals = await desk.consultant.post(`/api/places/${other.id}/proposals`, { limit: 50 });
    const mine = (
      proposals.body.data as Array<{
        candidate: { id: string };
        reasons: Array<{ factor: string; points: number; maxPoints: number; params: Record<string, number> }>;
      }>
    ).find((p) => p.candidate.id === match.candidateId);
    expect(mine).toBeDefined();
    const waiting = mine!.reasons.find((r) => r.factor === 'waiting')!;
    expect(waiting.params.priority).toBe(1);
    expect(waiting.points).toBe(waiting.maxPoints);
  });

  it('when the end is before the employment started, then 400 names the field', async () => {
    const match = await hired(1);
    const res = await desk.consultant.post(`/api/matches/${match.id}/employment/end`, {
      version: match.version,
      endDate: monthsFromToday(-2),
      reason: 'Vergissing',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('body.endDate');
  });
});
