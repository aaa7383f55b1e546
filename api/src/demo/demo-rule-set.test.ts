import { findSessionUser } from '../auth/session-user';
import { startTestApp, type TestApp } from '../test/test-app';
import { presetValues } from '../valuation/rule-set-presets';
import { RuleSetModel } from '../valuation/rule-sets.model';
import { ensureDemoRuleSet } from './demo-rule-set';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('the demo region’s rule set', () => {
  it('when the demo loads twice, then the region has one version, from the Oost-Nederland preset', async () => {
    const { regionId } = await app.createRegion();
    const admin = (await findSessionUser((await app.createUser({ role: 'admin' })).id))!;
    await ensureDemoRuleSet(admin, regionId);
    await ensureDemoRuleSet(admin, regionId);
    const stored = await RuleSetModel.find({ regionId }).lean();
    expect(stored).toEqual([
      expect.objectContaining({
        name: 'Bouwblokken Oost-Nederland',
        version: 1,
        effectiveFrom: '2024-01-01',
        // The preset, plus purchases at social enterprises at the invoice amount.
        values: { ...presetValues('oost_nederland'), socialPurchaseBasisPoints: 10_000 },
      }),
    ]);
  });

  it('when an admin already gave the region a version, then the demo adds none', async () => {
    const { regionId } = await app.createRegion();
    const admin = (await findSessionUser((await app.createUser({ role: 'admin' })).id))!;
    await RuleSetModel.create({
      regionId,
      name: 'Eigen bouwblokken',
      version: 1,
      effectiveFrom: '2025-01-01',
      values: presetValues('utrecht'),
      createdByName: 'Beheer',
    });
    await ensureDemoRuleSet(admin, regionId);
    expect(await RuleSetModel.find({ regionId }).select({ name: 1 }).lean()).toEqual([
      expect.objectContaining({ name: 'Eigen bouwblokken' }),
    ]);
  });
});
