import { ZRuleSetValues, type TRuleSetValues } from '../contract';
import { issuePaths } from '../contracts/contract-test-fixtures';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { presetValues, RULE_SET_PRESET_VALUES } from './rule-set-presets';
import { RuleSetModel } from './rule-sets.model';
import { ruleSetInForce } from './rule-sets.service';

let app: TestApp;
let admin: ApiClient;
let region: TestRegion;
let consultant: ApiClient;
let otherRegion: TestRegion;
let otherConsultant: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signIn(await app.createUser({ role: 'admin', name: 'Femke Beheer' }));
  region = await app.createRegion();
  otherRegion = await app.createRegion();
  consultant = await app.signIn(
    await app.createUser({ role: 'consultant', organisationId: region.servicePointId }),
  );
  otherConsultant = await app.signIn(
    await app.createUser({ role: 'consultant', organisationId: otherRegion.servicePointId }),
  );
});
afterAll(() => app.stop());

function input(regionId: string, overrides: Record<string, unknown> = {}) {
  return {
    regionId,
    name: 'Bouwblokken Oost-Nederland',
    effectiveFrom: '2025-01-01',
    values: presetValues('oost_nederland'),
    ...overrides,
  };
}

async function create(regionId: string, overrides: Record<string, unknown> = {}) {
  const res = await admin.post('/api/rule-sets', input(regionId, overrides));
  if (res.status !== 201) throw new Error(`rule set not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: string; version: number };
}

describe('adding rule set versions', () => {
  it('when an admin adds two versions for a region, then they are numbered 1 and 2 and stored as sent', async () => {
    const { regionId } = await app.createRegion();
    const first = await admin.post('/api/rule-sets', input(regionId, { note: 'Startversie' }));
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({
      region: { id: regionId, name: expect.stringMatching(/^Regio /) },
      name: 'Bouwblokken Oost-Nederland',
      version: 1,
      effectiveFrom: '2025-01-01',
      note: 'Startversie',
      values: presetValues('oost_nederland'),
      createdBy: 'Femke Beheer',
    });

    const haaglanden = { ...presetValues('haaglanden'), internshipCents: 600_000 };
    const second = await admin.post(
      '/api/rule-sets',
      input(regionId, { name: 'Bouwblokken 2026', effectiveFrom: '2026-01-01', values: haaglanden }),
    );
    expect(second.status).toBe(201);
    expect(second.body.data).toMatchObject({ version: 2, effectiveFrom: '2026-01-01', values: haaglanden });

    const stored = await RuleSetModel.find({ regionId }).sort({ version: 1 }).lean();
    expect(stored.map((r) => [r.version, r.name, r.values.internshipCents])).toEqual([
      [1, 'Bouwblokken Oost-Nederland', null],
      [2, 'Bouwblokken 2026', 600_000],
    ]);
  });

  it('when several versions are added for a region at once, then each gets its own number', async () => {
    const { regionId } = await app.createRegion();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        admin.post('/api/rule-sets', input(regionId, { name: `Versie ${i}` })),
      ),
    );
    expect(results.map((res) => res.status)).toEqual([201, 201, 201, 201, 201]);
    const versions = results.map((res) => res.body.data.version as number).sort();
    expect(versions).toEqual([1, 2, 3, 4, 5]);
  });

  it('when the values leave out defaults, then the stored version has them filled in', async () => {
    const { regionId } = await app.createRegion();
    const { fullTimeHoursPerWeek: _omitted, ...values } = presetValues('utrecht');
    const employment = values.employment.map(({ minBenefitMonths: _none, ...rule }) => rule);
    const res = await admin.post('/api/rule-sets', input(regionId, { values: { ...values, employment } }));
    expect(res.status).toBe(201);
    expect(res.body.data.values).toEqual(presetValues('utrecht'));
  });

  it.each<[string, string, (values: TRuleSetValues) => unknown]>([
    [
      'a negative value',
      'body.values.employment.0.annualValueCents',
      (v) => ({ ...v, employment: [{ ...v.employment[0], annualValueCents: -1 }] }),
    ],
    ['cents with a fraction', 'body.values.trialMonthlyCents', (v) => ({ ...v, trialMonthlyCents: 750.5 })],
    [
      'a lowest level above the highest',
      'body.values.apprenticeship.0.minLevel',
      (v) => ({ ...v, apprenticeship: [{ minLevel: 3, maxLevel: 2, valueCents: 100 }] }),
    ],
    [
      'a share above 100 %',
      'body.values.socialPurchaseBasisPoints',
      (v) => ({ ...v, socialPurchaseBasisPoints: 10_001 }),
    ],
    [
      'a cap of 0 months',
      'body.values.employment.0.capMonths',
      (v) => ({ ...v, employment: [{ ...v.employment[0], capMonths: 0 }] }),
    ],
    [
      'a status holder as an employment block (it is a bonus)',
      'body.values.employment.0.situation',
      (v) => ({ ...v, employment: [{ ...v.employment[0], situation: 'status_holder' }] }),
    ],
    ['a missing building block', 'body.values.internshipCents', ({ internshipCents: _gone, ...v }) => v],
    ['an unknown building block', 'body.values', (v) => ({ ...v, parkingCents: 100 })],
  ])('when the values have %s, then 400 naming %s and nothing is stored', async (_name, path, change) => {
    const before = await RuleSetModel.countDocuments();
    const res = await admin.post(
      '/api/rule-sets',
      input(region.regionId, { values: change(presetValues('oost_nederland')) }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(issuePaths(res)).toContain(path);
    expect(await RuleSetModel.countDocuments()).toBe(before);
  });

  it.each([
    [{ effectiveFrom: '2025-02-30' }, 'body.effectiveFrom'],
    [{ name: ' ' }, 'body.name'],
    [{ regionId: 'midden-gelderland' }, 'body.regionId'],
    [{ version: 7 }, 'body'],
  ])('when the input has %j, then 400 naming %s', async (overrides, path) => {
    const res = await admin.post('/api/rule-sets', input(region.regionId, overrides));
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain(path);
  });

  it('when the region does not exist, then 422 naming regionId and nothing is stored', async () => {
    const before = await RuleSetModel.countDocuments();
    const res = await admin.post('/api/rule-sets', input('0123456789abcdef01234567'));
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues).toEqual([
      expect.objectContaining({ path: 'body.regionId', code: 'invalid_reference' }),
    ]);
    expect(await RuleSetModel.countDocuments()).toBe(before);
  });

  it('when a consultant adds a version, then 403 and nothing is stored', async () => {
    const before = await RuleSetModel.countDocuments();
    const res = await consultant.post('/api/rule-sets', input(region.regionId));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(await RuleSetModel.countDocuments()).toBe(before);
  });
});

describe('reading rule sets', () => {
  let ownIds: string[];
  let otherId: string;
  beforeAll(async () => {
    ownIds = [];
    for (const effectiveFrom of ['2024-01-01', '2025-01-01', '2026-01-01'])
      ownIds.push((await create(region.regionId, { effectiveFrom })).id);
    otherId = (await create(otherRegion.regionId)).id;
  });

  it('when a consultant lists them, then only their region’s, newest version first, a page at a time', async () => {
    const first = await consultant.get('/api/rule-sets?limit=2').expect(200);
    expect(first.body.page).toEqual({ page: 1, limit: 2, total: 3, pages: 2 });
    const second = await consultant.get('/api/rule-sets?limit=2&page=2').expect(200);
    const listed = [...first.body.data, ...second.body.data];
    expect(listed.map((r: { id: string }) => r.id)).toEqual([...ownIds].reverse());
    expect(listed.map((r: { version: number }) => r.version)).toEqual([3, 2, 1]);
    expect(listed.every((r: { region: { id: string } }) => r.region.id === region.regionId)).toBe(true);
  });

  it('when a consultant filters on another region, then the list is empty (a filter never widens)', async () => {
    const res = await consultant.get(`/api/rule-sets?regionId=${otherRegion.regionId}`).expect(200);
    expect(res.body).toEqual({ data: [], page: { page: 1, limit: 20, total: 0, pages: 1 } });
  });

  it('when an admin lists one region’s by effective date, then that order', async () => {
    const res = await admin.get(`/api/rule-sets?regionId=${region.regionId}&sort=effectiveFrom`).expect(200);
    expect(res.body.data.map((r: { effectiveFrom: string }) => r.effectiveFrom)).toEqual([
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ]);
  });

  it('when an admin lists all, then every region’s are there', async () => {
    const res = await admin.get('/api/rule-sets?limit=100').expect(200);
    const ids = res.body.data.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining([...ownIds, otherId]));
  });

  it('when a consultant opens one of their region’s, then 200 with its values', async () => {
    const res = await consultant.get(`/api/rule-sets/${ownIds[0]}`).expect(200);
    expect(res.body.data).toMatchObject({
      id: ownIds[0],
      version: 1,
      values: presetValues('oost_nederland'),
    });
  });

  it('when a consultant opens another region’s, then 404 (it does not exist for them)', async () => {
    const res = await consultant.get(`/api/rule-sets/${otherId}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    await otherConsultant.get(`/api/rule-sets/${otherId}`).expect(200);
  });

  it('when an unknown id is asked for, then 404', async () => {
    await admin.get('/api/rule-sets/0123456789abcdef01234567').expect(404);
  });
});

describe('presets', () => {
  it('when an admin asks for them, then the three published examples, valid as they are', async () => {
    const res = await admin.get('/api/rule-sets/presets').expect(200);
    expect(res.body.data.map((p: { preset: string; name: string }) => [p.preset, p.name])).toEqual([
      ['oost_nederland', 'Bouwblokken Oost-Nederland'],
      ['haaglanden', 'Bouwblokken Haaglanden'],
      ['utrecht', 'Bouwblokkenmodel Utrecht'],
    ]);
    for (const preset of res.body.data as Array<{
      preset: keyof typeof RULE_SET_PRESET_VALUES;
      values: unknown;
    }>) {
      expect(preset.values).toEqual(RULE_SET_PRESET_VALUES[preset.preset]);
      expect(ZRuleSetValues.parse(preset.values)).toEqual(preset.values);
    }
  });

  it('when a consultant asks for them, then 403', async () => {
    const res = await consultant.get('/api/rule-sets/presets');
    expect(res.status).toBe(403);
  });
});

describe('the version in force on a date', () => {
  const versions = [
    { name: 'v1', version: 1, effectiveFrom: '2024-01-01' },
    { name: 'v2', version: 2, effectiveFrom: '2026-01-01' },
    // Added later, but in force earlier: it takes over from v1 between its date and v2's.
    { name: 'v3', version: 3, effectiveFrom: '2025-01-01' },
    // The same date as v3: the higher version wins.
    { name: 'v4', version: 4, effectiveFrom: '2025-01-01' },
  ];

  it.each([
    ['2023-12-31', null],
    ['2024-01-01', 'v1'],
    ['2024-12-31', 'v1'],
    ['2025-01-01', 'v4'],
    ['2025-12-31', 'v4'],
    ['2026-01-01', 'v2'],
    ['2031-06-01', 'v2'],
  ])('on %s: %s', (date, name) => {
    expect(ruleSetInForce(versions, date)?.name ?? null).toBe(name);
  });

  it('when a region has no versions, then none is in force', () => {
    expect(ruleSetInForce([], '2025-01-01')).toBeNull();
  });
});
