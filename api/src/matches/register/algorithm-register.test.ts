import { startTestApp, type TestApp } from '../../test/test-app';

describe('algorithm register entry', () => {
  describe('with the default configuration', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
      await app.createOrganisation({ kind: 'service_point', name: 'WSP Midden-Gelderland' });
    });
    afterAll(() => app.stop());

    it('when anyone asks, without signing in, then the entry is in Dutch with the default weights and every hard constraint', async () => {
      const res = await app.anonymous().get('/api/algorithm-register');
      expect(res.status).toBe(200);
      const entry = res.body.data;
      expect(entry).toMatchObject({
        language: 'nl',
        organisation: { name: 'WSP Midden-Gelderland', servicePoints: ['WSP Midden-Gelderland'] },
        totalWeight: 100,
        contact: 'Neem contact op met WSP Midden-Gelderland.',
      });
      expect(entry.factors.map((f: { code: string; weight: number }) => [f.code, f.weight])).toEqual([
        ['skills', 30],
        ['occupation', 15],
        ['distance', 15],
        ['hours', 10],
        ['preferences', 8],
        ['waiting', 10],
        ['support', 7],
        ['target_group', 5],
      ]);
      expect(entry.factors[0].name).toBe('Vaardigheden');
      expect(entry.hardConstraints).toHaveLength(10);
      expect(entry.hardConstraints[0]).toEqual({
        code: 'no_consent',
        description: expect.stringContaining('toestemming'),
      });
      // Every field of the register is filled in.
      for (const field of [
        'name',
        'shortDescription',
        'purposeAndImpact',
        'humanInvolvement',
        'monitoring',
        'sourceCode',
      ]) {
        expect(entry[field].length).toBeGreaterThan(20);
      }
      expect(entry.monitoring).toContain('onder 0,8 bij ten minste 20 gevallen');
      expect(entry.monitoring).toContain('24 maanden bewaard (beslislog)');
      expect(entry.legalBasis.some((l: string) => l.startsWith('Participatiewet'))).toBe(true);
      expect(entry.risks.length).toBeGreaterThan(0);
      expect(entry.impactAssessments.map((a: { name: string }) => a.name.split(' ')[0])).toEqual([
        'DPIA',
        'IAMA',
      ]);
      expect(entry.dataSources.length).toBeGreaterThan(0);
    });
  });

  describe('with weights, contact and source code configured', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({
        MATCH_WEIGHTS: '{"skills":40,"waiting":5}',
        ALGORITHM_CONTACT: 'algoritmes@wsp.example.nl',
        SOURCE_CODE_URL: 'https://code.example.nl/kansplek',
        DECISION_LOG_MONTHS: '36',
      });
    });
    afterAll(() => app.stop());

    it('when the weights are changed in the configuration, then the entry shows the weights in force', async () => {
      const res = await app.anonymous().get('/api/algorithm-register');
      const entry = res.body.data;
      const weight = (code: string) =>
        entry.factors.find((f: { code: string }) => f.code === code).weight as number;
      expect([weight('skills'), weight('waiting'), weight('distance')]).toEqual([40, 5, 15]);
      // 100 − 30 + 40 − 10 + 5
      expect(entry.totalWeight).toBe(105);
      expect(entry.contact).toBe('algoritmes@wsp.example.nl');
      expect(entry.sourceCode).toBe('https://code.example.nl/kansplek');
      expect(entry.organisation.servicePoints).toEqual([]);
      expect(entry.monitoring).toContain('36 maanden bewaard');
    });
  });
});
