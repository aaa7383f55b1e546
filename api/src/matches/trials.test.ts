import { CandidateModel } from '../candidates/candidates.model';
import { addMonths, defaultTrialEnd } from '../contract';
import { MatchModel } from './matches.model';
import { startTestApp, type TestApp } from '../test/test-app';
import { signInAsCandidate } from '../candidates/candidates.test-support';
import {
  daysFromToday,
  kindsOf,
  matchAtInterview,
  monthsFromToday,
  openPipelineDesk,
  registerIntroducible,
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

const startTrialOn = (match: { id: string; version: number }, overrides: Record<string, unknown> = {}) =>
  desk.contractor.post(`/api/matches/${match.id}/trial`, trialStart(match.version, overrides));

describe('starting a trial', () => {
  it('when the contractor starts a trial without an end, then it ends on the last day of two calendar months, the candidate is placed, the consultant told and reminders set', async () => {
    const match = await matchAtInterview(desk);
    const res = await startTrialOn(match, { note: 'Start maandag' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      stage: 'trial',
      trial: {
        startDate: today(),
        plannedEnd: defaultTrialEnd(today()),
        longerReason: null,
        intentToEmploy: true,
        checkIns: [],
        extensions: [],
        outcome: null,
      },
      nextStages: ['hired', 'stopped'],
    });
    expect(res.body.data.timeline.at(-1)).toMatchObject({ stage: 'trial', note: 'Start maandag' });
    expect(await storedCandidate(match.candidateId)).toMatchObject({
      status: 'placed',
      placementMatchId: expect.anything(),
    });
    expect(String((await storedCandidate(match.candidateId))!.placementMatchId)).toBe(match.id);
    expect(await kindsOf(desk.consultant)).toContain('match_stage_changed: Match: proefplaatsing');
    expect(await kindsOf(desk.contractor)).not.toContain('match_stage_changed: Match: proefplaatsing');
    expect(await remindersOf(match.id)).toEqual({
      [`trial-ending:${match.id}:${defaultTrialEnd(today())}`]: 'pending',
      [`checkin-overdue:${match.id}:${today()}`]: 'pending',
    });
  });

  it('when the end is longer than two months, then it needs a reason; never beyond six; intent to employ is required', async () => {
    const match = await matchAtInterview(desk);
    const longer = await startTrialOn(match, { plannedEnd: monthsFromToday(4) });
    expect(longer.status).toBe(400);
    expect(longer.body.error.details.issues[0].path).toBe('body.longerReason');
    const tooLong = await startTrialOn(match, {
      plannedEnd: daysFromToday(1 + 31 * 6),
      longerReason: 'Extra begeleiding nodig bij het inwerken',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details.issues[0].path).toBe('body.plannedEnd');
    const noIntent = await startTrialOn(match, { intentToEmploy: undefined });
    expect(noIntent.status).toBe(400);
    expect(noIntent.body.error.details.issues[0].path).toBe('body.intentToEmploy');
    expect((await storedCandidate(match.candidateId))!.status).not.toBe('placed');

    const withReason = await startTrialOn(match, {
      plannedEnd: monthsFromToday(4),
      longerReason: 'Extra begeleiding nodig bij het inwerken',
    });
    expect(withReason.status).toBe(200);
    expect(withReason.body.data.trial).toMatchObject({
      plannedEnd: monthsFromToday(4),
      longerReason: 'Extra begeleiding nodig bij het inwerken',
    });
  });

  it('when a candidate or a contractor of another organisation tries, then 403 and 404', async () => {
    const match = await matchAtInterview(desk);
    const { client: candidate } = await signInAsCandidate(app, desk.consultant, match.candidateId);
    expect((await candidate.post(`/api/matches/${match.id}/trial`, trialStart(match.version))).status).toBe(
      403,
    );
    const other = await desk.otherContractor.post(
      `/api/matches/${match.id}/trial`,
      trialStart(match.version),
    );
    expect(other.status).toBe(404);
    expect((await MatchModel.findById(match.id).lean())!.stage).toBe('interview');
  });

  it('when the candidate is already in a trial, then a second trial is refused with 422 and its match stays', async () => {
    const first = await matchAtInterview(desk);
    const second = await matchAtInterview(desk, { candidateId: first.candidateId });
    expect((await startTrialOn(first)).status).toBe(200);

    const refused = await desk.consultant.post(`/api/matches/${second.id}/trial`, trialStart(second.version));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.issues[0]).toMatchObject({
      path: 'params.id',
      code: 'candidate_in_trial',
    });
    expect((await MatchModel.findById(second.id).lean())!.stage).toBe('interview');
    expect(String((await storedCandidate(first.candidateId))!.placementMatchId)).toBe(first.id);
  });

  it('when two trials start at the same time for one candidate, then exactly one succeeds', async () => {
    const candidateId = await registerIntroducible(desk.consultant);
    const a = await matchAtInterview(desk, { candidateId });
    const b = await matchAtInterview(desk, { candidateId });

    const results = await Promise.all([startTrialOn(a), startTrialOn(b)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    const winner = results[0]!.status === 200 ? a : b;
    const stages = await MatchModel.find({ _id: { $in: [a.id, b.id] } }).lean();
    expect(stages.map((m) => m.stage).sort()).toEqual(['interview', 'trial']);
    expect(await storedCandidate(candidateId)).toMatchObject({ status: 'placed' });
    expect(String((await storedCandidate(candidateId))!.placementMatchId)).toBe(winner.id);
  });

  it('when the version is stale, then 409 and the candidate is not left placed', async () => {
    const match = await matchAtInterview(desk);
    const before = (await storedCandidate(match.candidateId))!.status;
    const stale = await startTrialOn({ ...match, version: match.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(match.version);
    expect((await storedCandidate(match.candidateId))!.status).toBe(before);
  });

  it('when the match moved on between reading and writing, then the claim on the candidate is undone', async () => {
    const match = await matchAtInterview(desk);
    const before = await storedCandidate(match.candidateId);
    // Another writer moves the match on just after the candidate is claimed: the move then fails.
    const claim = CandidateModel.findOneAndUpdate.bind(CandidateModel);
    const spy = jest.spyOn(CandidateModel, 'findOneAndUpdate').mockImplementationOnce(((
      ...args: Parameters<typeof CandidateModel.findOneAndUpdate>
    ) => {
      const query = claim(...args);
      const exec = query.exec.bind(query);
      query.exec = async () => {
        const result = await exec();
        await MatchModel.updateOne({ _id: match.id }, { $inc: { version: 1 } });
        return result;
      };
      return query;
    }) as never);
    const res = await startTrialOn(match);
    spy.mockRestore();
    expect(res.status).toBe(409);
    expect(await storedCandidate(match.candidateId)).toMatchObject({
      status: before!.status,
      placementMatchId: null,
    });
  });

  it('when the match is not at interview, then 422 names the allowed stages', async () => {
    const match = await matchAtInterview(desk);
    await startTrialOn(match);
    const again = await startTrialOn({ ...match, version: match.version + 1 });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatchObject({
      code: 'invalid_transition',
      details: { from: 'trial', to: 'trial', allowed: ['hired', 'stopped'] },
    });
  });
});

describe('during the trial', () => {
  async function trialStartedDaysAgo(days: number) {
    const match = await matchAtInterview(desk);
    const res = await startTrialOn(match, { startDate: daysFromToday(-days) });
    expect(res.status).toBe(200);
    return { ...match, version: res.body.data.version as number, startDate: daysFromToday(-days) };
  }

  it('when a check-in has a rating of 6, then 400 names the rating; a valid one is appended with its author', async () => {
    const match = await trialStartedDaysAgo(10);
    const checkIn = {
      date: today(),
      ratings: { attendance: 5, attitude: 4, skills: 3, fit: 4 },
      note: 'Goed begin',
    };
    const bad = await desk.consultant.post(`/api/matches/${match.id}/trial/check-ins`, {
      ...checkIn,
      ratings: { ...checkIn.ratings, attendance: 6 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('body.ratings.attendance');
    const early = await desk.consultant.post(`/api/matches/${match.id}/trial/check-ins`, {
      ...checkIn,
      date: daysFromToday(-11),
    });
    expect(early.status).toBe(400);
    expect(early.body.error.details.issues[0].path).toBe('body.date');

    const res = await desk.contractor.post(`/api/matches/${match.id}/trial/check-ins`, checkIn);
    expect(res.status).toBe(200);
    expect(res.body.data.trial.checkIns).toEqual([
      expect.objectContaining({ ...checkIn, by: expect.objectContaining({ role: 'contractor' }) }),
    ]);
    expect(res.body.data.version).toBe(match.version + 1);
    // The overdue reminder now counts from this check-in.
    expect(await remindersOf(match.id)).toMatchObject({
      [`checkin-overdue:${match.id}:${match.startDate}`]: 'cancelled',
      [`checkin-overdue:${match.id}:${today()}`]: 'pending',
    });
    expect(await kindsOf(desk.consultant)).toContain('match_stage_changed: Match: check-in proefplaatsing');
  });

  it('when a check-in is recorded on a match that is not in a trial, then 422', async () => {
    const match = await matchAtInterview(desk);
    const res = await desk.consultant.post(`/api/matches/${match.id}/trial/check-ins`, {
      date: today(),
      ratings: { attendance: 5, attitude: 4, skills: 3, fit: 4 },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.from).toBe('interview');
  });

  it('when a trial is extended, then the end must be later and within six months; the reminder moves with it', async () => {
    const match = await trialStartedDaysAgo(30);
    const firstEnd = defaultTrialEnd(match.startDate);
    const extend = (plannedEnd: string, version = match.version) =>
      desk.consultant.post(`/api/matches/${match.id}/trial/outcome`, {
        outcome: 'extended',
        version,
        plannedEnd,
        reason: 'Meer tijd nodig voor de heftruckcursus',
      });
    const earlier = await extend(addMonths(match.startDate, 1));
    expect(earlier.status).toBe(422);
    expect(earlier.body.error.details.issues[0].path).toBe('body.plannedEnd');
    const tooLate = await extend(addMonths(match.startDate, 7));
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.error.details.issues[0].path).toBe('body.plannedEnd');

    const res = await extend(addMonths(match.startDate, 4));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      stage: 'trial',
      trial: {
        plannedEnd: addMonths(match.startDate, 4),
        extensions: [{ plannedEnd: addMonths(match.startDate, 4), reason: expect.any(String) }],
      },
    });
    expect(await remindersOf(match.id)).toMatchObject({
      [`trial-ending:${match.id}:${firstEnd}`]: 'cancelled',
      [`trial-ending:${match.id}:${addMonths(match.startDate, 4)}`]: 'pending',
    });
    expect((await extend(addMonths(match.startDate, 5))).status).toBe(409);
  });

  it('when the trial is stopped, then the match ends with the reason, the candidate is free again and reminders are cancelled', async () => {
    const match = await trialStartedDaysAgo(5);
    const waitingSince = (await storedCandidate(match.candidateId))!.waitingSince;
    const res = await desk.contractor.post(`/api/matches/${match.id}/trial/outcome`, {
      outcome: 'stopped',
      version: match.version,
      stopDate: daysFromToday(-2),
      reason: 'trial_unsuccessful',
      note: 'Past niet in het team',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      stage: 'stopped',
      trial: { outcome: 'stopped', stoppedOn: daysFromToday(-2) },
      dismissal: { reason: 'trial_unsuccessful', note: 'Past niet in het team', by: 'contractor' },
      nextStages: [],
    });
    expect(await storedCandidate(match.candidateId)).toMatchObject({
      status: 'active',
      placementMatchId: null,
      priorityReplacement: false,
      waitingSince,
    });
    expect(Object.values(await remindersOf(match.id))).toEqual(['cancelled', 'cancelled']);
    expect(await kindsOf(desk.consultant)).toContain('match_stage_changed: Match: gestopt');

    // Free again: a trial on another match can start.
    const next = await matchAtInterview(desk, { candidateId: match.candidateId });
    expect((await startTrialOn(next)).status).toBe(200);
  });

  it('when a stop date lies before the trial, in the future or is missing, then it is refused naming body.stopDate and the trial runs on', async () => {
    const match = await trialStartedDaysAgo(5);
    const stop = (stopDate?: string) =>
      desk.contractor.post(`/api/matches/${match.id}/trial/outcome`, {
        outcome: 'stopped',
        version: match.version,
        ...(stopDate ? { stopDate } : {}),
        reason: 'trial_unsuccessful',
      });
    for (const [stopDate, status] of [
      [daysFromToday(-6), 400],
      [daysFromToday(1), 400],
      [undefined, 400],
    ] as const) {
      const res = await stop(stopDate);
      expect(res.status).toBe(status);
      expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['body.stopDate']);
    }
    expect((await MatchModel.findById(match.id).lean())?.stage).toBe('trial');
  });

  it('when a trial outcome is given for a match at interview, then 422 names the allowed stages', async () => {
    const match = await matchAtInterview(desk);
    const res = await desk.contractor.post(`/api/matches/${match.id}/trial/outcome`, {
      outcome: 'stopped',
      version: match.version,
      stopDate: today(),
      reason: 'trial_unsuccessful',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toMatchObject({ from: 'interview', allowed: ['trial', 'declined'] });
  });
});
