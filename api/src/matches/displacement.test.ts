import { placeFixtures } from '../places/place-fixtures';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';
import {
  matchAtInterview,
  registerIntroducible,
  trialStart,
  type PipelineDesk,
} from './matches.test-support';
import {
  contractorWithContract,
  flagDisplacement,
  openCleaningPlace,
} from './proposals/proposals.test-support';

let app: TestApp;
let desk: PipelineDesk;
let unflagged: PipelineDesk;
let contractorId: string;
beforeAll(async () => {
  app = await startTestApp();
  const region = await app.createRegion();
  const consultant = await placeFixtures(app).signInConsultant(region);
  const own = await contractorWithContract(app, region);
  const other = await contractorWithContract(app, region);
  contractorId = own.organisationId;
  desk = { consultant, contractor: own.client, contractId: own.contractId, otherContractor: other.client };
  unflagged = {
    ...desk,
    contractor: other.client,
    contractId: other.contractId,
    otherContractor: own.client,
  };
});
afterAll(() => app.stop());

type Answer = {
  status: number;
  body: { data?: { id: string; version: number; stage: string }; error?: unknown };
};
const data = (res: Answer) => {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data!;
};
const version = async (client: ApiClient, matchId: string) =>
  (await client.get(`/api/matches/${matchId}`)).body.data.version as number;
const stageOf = async (matchId: string) =>
  (await desk.consultant.get(`/api/matches/${matchId}`)).body.data.stage as string;

const employment = () => ({
  startDate: trialStart(0).startDate,
  contractType: 'temporary',
  hoursPerWeek: 32,
  plannedEnd: '2028-01-01',
});

describe('the displacement safeguard on every path to a placement', () => {
  it('when the contractor carries a displacement flag, then adding by hand, asking for an introduction, the introduction, a trial and a hire wait for the place to be confirmed', async () => {
    const place = await openCleaningPlace(desk.contractor, desk.contractId, { positions: 5 });
    // Matches at every stage, made before the flag was set.
    const [first, second, late] = [
      await registerIntroducible(desk.consultant),
      await registerIntroducible(desk.consultant),
      await registerIntroducible(desk.consultant),
    ];
    const shortlisted = data(
      await desk.consultant.post(`/api/places/${place.id}/matches`, {
        candidateId: first,
        action: 'shortlist',
        source: 'manual',
      }),
    );
    const asked = data(
      await desk.consultant.post(`/api/places/${place.id}/matches`, {
        candidateId: second,
        action: 'shortlist',
        source: 'manual',
      }),
    );
    const waiting = data(
      await desk.consultant.post(`/api/matches/${asked.id}/introduction`, { version: asked.version }),
    );
    const interview = await matchAtInterview(desk, { placeId: place.id });
    const inTrial = await matchAtInterview(desk, { placeId: place.id });
    const trial = data(
      await desk.contractor.post(`/api/matches/${inTrial.id}/trial`, trialStart(inTrial.version)),
    );

    expect((await flagDisplacement(desk.consultant, contractorId)).status).toBe(200);

    const attempts = {
      manualAdd: () =>
        desk.consultant.post(`/api/places/${place.id}/matches`, {
          candidateId: late,
          action: 'shortlist',
          source: 'manual',
        }),
      introductionAsked: async () =>
        desk.consultant.post(`/api/matches/${shortlisted.id}/introduction`, {
          version: await version(desk.consultant, shortlisted.id),
        }),
      introduced: async () =>
        desk.consultant.post(`/api/matches/${asked.id}/consent`, {
          version: await version(desk.consultant, asked.id),
          given: true,
          inPerson: true,
        }),
      trial: async () =>
        desk.contractor.post(
          `/api/matches/${interview.id}/trial`,
          trialStart(await version(desk.contractor, interview.id)),
        ),
      hire: async () =>
        desk.contractor.post(`/api/matches/${inTrial.id}/trial/outcome`, {
          outcome: 'hired',
          version: await version(desk.contractor, inTrial.id),
          employment: employment(),
          note: '',
        }),
    };
    for (const [path, attempt] of Object.entries(attempts)) {
      const res = await attempt();
      expect({ path, status: res.status, issue: res.body.error?.details?.issues?.[0]?.code }).toEqual({
        path,
        status: 422,
        issue: 'displacement_unconfirmed',
      });
    }
    // Nothing moved, and no match was added.
    expect(await stageOf(shortlisted.id)).toBe('shortlisted');
    expect(waiting.stage).toBe('shortlisted');
    expect(await stageOf(asked.id)).toBe('shortlisted');
    expect(await stageOf(interview.id)).toBe('interview');
    expect(trial.stage).toBe('trial');
    expect(await stageOf(inTrial.id)).toBe('trial');
    const listed = await desk.consultant.get(`/api/places/${place.id}/matches`);
    expect(listed.body.page.total).toBe(4);

    // The match page says why: the place waits for a confirmation.
    const shown = (await desk.consultant.get(`/api/matches/${interview.id}`)).body.data;
    expect(shown.place.displacement).toBe('unconfirmed');

    const current = await desk.consultant.get(`/api/places/${place.id}`);
    const confirmed = await desk.consultant.post(`/api/places/${place.id}/displacement-confirmation`, {
      version: current.body.data.version,
      note: 'Extra kantoorpanden erbij; geen vervanging van ontslagen personeel',
    });
    expect(confirmed.status).toBe(200);
    expect((await desk.consultant.get(`/api/matches/${interview.id}`)).body.data.place.displacement).toBe(
      'confirmed',
    );
    for (const [path, attempt] of Object.entries(attempts)) {
      const res = await attempt();
      expect({ path, ok: res.status < 300 }).toEqual({ path, ok: true });
    }
    expect(await stageOf(asked.id)).toBe('introduced');
    expect(await stageOf(interview.id)).toBe('trial');
    expect(await stageOf(inTrial.id)).toBe('hired');
  });

  it('when the contractor carries no flag, then the match page says so', async () => {
    const match = await matchAtInterview(unflagged);
    const shown = (await desk.consultant.get(`/api/matches/${match.id}`)).body.data;
    expect(shown.place.displacement).toBe('none');
  });
});
