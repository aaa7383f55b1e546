import { contractorWithContract } from '../matches/proposals/proposals.test-support';
import { placeFixtures } from '../places/place-fixtures';
import { kindsOf } from '../matches/matches.test-support';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { presetValues } from '../valuation/rule-set-presets';
import { EffortEvidenceModel } from './effort-evidence.model';
import { EffortModel } from './efforts.model';

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
let contractor: ApiClient;
let contractId: string;
let contractorOrgId: string;
let otherContractor: ApiClient;
let otherRegionConsultant: ApiClient;
let municipality: ApiClient;
let otherMunicipality: ApiClient;
let candidate: ApiClient;
let enterpriseId: string;

beforeAll(async () => {
  app = await startTestApp();
  region = await app.createRegion();
  const fixtures = placeFixtures(app);
  consultant = await fixtures.signInConsultant(region);
  ({
    client: contractor,
    contractId,
    organisationId: contractorOrgId,
  } = await contractorWithContract(app, region));
  ({ client: otherContractor } = await contractorWithContract(app, region));
  otherRegionConsultant = await fixtures.signInConsultant(await app.createRegion());
  municipality = await app.signIn(
    await app.createUser({ role: 'municipality', organisationId: region.municipalityIds[0] }),
  );
  otherMunicipality = await app.signIn(
    await app.createUser({ role: 'municipality', organisationId: region.municipalityIds[1] }),
  );
  candidate = await fixtures.signInCandidate(region);
  enterpriseId = await app.createOrganisation({
    kind: 'social_enterprise',
    name: 'Werkbedrijf Rijnstad',
    regionIds: [region.regionId],
  } as never);
  // Utrecht values purchases at the whole invoice and volunteering at €100 an hour.
  const admin = await app.signIn(
    await app.createUser({ role: 'admin', organisationId: region.servicePointId }),
  );
  await admin.post('/api/rule-sets', {
    regionId: region.regionId,
    name: 'Bouwblokkenmodel Utrecht',
    effectiveFrom: '2020-01-01',
    values: presetValues('utrecht'),
  });
});
afterAll(() => app.stop());

const purchase = (overrides: Record<string, unknown> = {}) => ({
  contractId,
  kind: 'social_purchase',
  description: 'Groenonderhoud bedrijventerrein',
  date: '2026-09-15',
  amountCents: 1_250_000,
  socialEnterpriseId: enterpriseId,
  evidence: 'Factuur 2026-114 van Werkbedrijf Rijnstad',
  ...overrides,
});

async function submitted(overrides: Record<string, unknown> = {}, by: ApiClient = contractor) {
  const res = await by.post('/api/efforts', purchase(overrides));
  if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: string; version: number };
}

const issuePaths = (res: { body: { error: { details: { issues: Array<{ path: string }> } } } }) =>
  res.body.error.details.issues.map((issue) => issue.path);

describe('submitting an effort', () => {
  it('when the contractor submits a purchase, then it waits for a decision, counts for nothing yet and the consultants are told', async () => {
    const res = await contractor.post('/api/efforts', purchase());
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      contract: { id: contractId },
      socialEnterprise: { id: enterpriseId, kind: 'social_enterprise', name: 'Werkbedrijf Rijnstad' },
      kind: 'social_purchase',
      amountCents: 1_250_000,
      hours: null,
      status: 'submitted',
      decision: null,
      creditCents: null,
      allowedActions: ['edit', 'withdraw'],
      version: 0,
    });
    expect(await kindsOf(consultant)).toContain('effort_submitted: Inspanning ingediend');
  });

  it.each([
    [{ kind: 'volunteering', hours: null }, 'body.hours'],
    [{ amountCents: null }, 'body.amountCents'],
    [{ socialEnterpriseId: null }, 'body.socialEnterpriseId'],
    [{ description: '' }, 'body.description'],
    [{ evidence: 'x' }, 'body.evidence'],
    [{ amountCents: 12.5 }, 'body.amountCents'],
    [{ date: '15-09-2026' }, 'body.date'],
    [{ obligationCents: 5 }, 'body'],
  ])('when a field is missing or wrong (%j), then 400 names %s', async (overrides, path) => {
    const res = await contractor.post('/api/efforts', purchase(overrides));
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain(path);
  });

  it('when volunteering is submitted, then it needs hours and keeps no amount or enterprise', async () => {
    const res = await contractor.post(
      '/api/efforts',
      purchase({ kind: 'volunteering', hours: 16, amountCents: 999, description: 'Begeleiding sportdag' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      kind: 'volunteering',
      hours: 16,
      amountCents: null,
      socialEnterprise: null,
    });
  });

  it('when the date falls outside the contract, then 422 names the date', async () => {
    const res = await contractor.post('/api/efforts', purchase({ date: '2025-12-31' }));
    expect(res.status).toBe(422);
    expect(issuePaths(res)).toEqual(['body.date']);
  });

  it('when the seller is not a social enterprise, then 422 names it', async () => {
    const ordinary = await app.createOrganisation({ kind: 'contractor' });
    const res = await contractor.post('/api/efforts', purchase({ socialEnterpriseId: ordinary }));
    expect(res.status).toBe(422);
    expect(issuePaths(res)).toEqual(['body.socialEnterpriseId']);
  });

  it('when the contract is a draft or closed, then 422 names the contract and nothing is stored', async () => {
    const before = await EffortModel.countDocuments();
    for (const status of ['draft', 'closed'] as const) {
      const other = await placeFixtures(app).createContract(contractorOrgId, region, status);
      const res = await contractor.post('/api/efforts', purchase({ contractId: other }));
      expect(res.status).toBe(422);
      expect(issuePaths(res)).toEqual(['body.contractId']);
    }
    expect(await EffortModel.countDocuments()).toBe(before);
  });

  it("when another contractor submits for someone else's contract, then 422 says it is not theirs", async () => {
    const res = await otherContractor.post('/api/efforts', purchase());
    expect(res.status).toBe(422);
    expect(issuePaths(res)).toEqual(['body.contractId']);
  });

  it('when a consultant registers an effort for a contract of the region, then it is stored for that contractor', async () => {
    const res = await consultant.post(
      '/api/efforts',
      purchase({
        kind: 'practical_support',
        socialEnterpriseId: null,
        description: 'Rijlessen voor een statushouder',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.data.allowedActions).toEqual(['edit', 'withdraw', 'accept', 'reject']);
  });
});

describe('deciding on an effort', () => {
  it('when a consultant accepts, then it counts for the contract and the contractor is told', async () => {
    const effort = await submitted();
    const res = await consultant.post(`/api/efforts/${effort.id}/accept`, {
      version: 0,
      note: 'Factuur gecontroleerd',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      status: 'accepted',
      decision: { note: 'Factuur gecontroleerd' },
      // Utrecht: the whole invoice excluding VAT.
      creditCents: 1_250_000,
      allowedActions: [],
      version: 1,
    });
    expect(await kindsOf(contractor)).toContain('effort_accepted: Inspanning geaccepteerd');
    const credits = await consultant.get(`/api/contracts/${contractId}/credits`);
    expect(credits.body.data).toContainEqual(
      expect.objectContaining({ effortId: effort.id, amountCents: 1_250_000, kind: 'social_purchase' }),
    );
  });

  it('when a consultant rejects without a reason, then 400 names the reason; with one, the contractor reads it', async () => {
    const effort = await submitted();
    const missing = await consultant.post(`/api/efforts/${effort.id}/reject`, { version: 0 });
    expect(missing.status).toBe(400);
    expect(issuePaths(missing)).toContain('body.reason');
    const res = await consultant.post(`/api/efforts/${effort.id}/reject`, {
      version: 0,
      reason: 'Geen sociale onderneming',
    });
    expect(res.body.data).toMatchObject({
      status: 'rejected',
      decision: { note: 'Geen sociale onderneming' },
      creditCents: null,
    });
    const notes = (await contractor.get('/api/notifications')).body.data as Array<{
      kind: string;
      body: string;
    }>;
    expect(notes.find((n) => n.kind === 'effort_rejected')?.body).toContain('Geen sociale onderneming');
  });

  it('when two consultants decide at once, then one wins and the other gets 409 or 422', async () => {
    const effort = await submitted();
    const results = await Promise.all([
      consultant.post(`/api/efforts/${effort.id}/accept`, { version: 0 }),
      consultant.post(`/api/efforts/${effort.id}/reject`, { version: 0, reason: 'Dubbel ingediend' }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([409, 422]).toContain(statuses[1]);
  });

  it('when an effort was already decided, then deciding again, editing or withdrawing is 422', async () => {
    const effort = await submitted();
    await consultant.post(`/api/efforts/${effort.id}/accept`, { version: 0 });
    expect(
      (await consultant.post(`/api/efforts/${effort.id}/reject`, { version: 1, reason: 'Toch niet' })).status,
    ).toBe(422);
    expect(
      (
        await contractor.patch(`/api/efforts/${effort.id}`, {
          ...purchase(),
          contractId: undefined,
          version: 1,
        })
      ).status,
    ).toBe(422);
    expect((await contractor.delete(`/api/efforts/${effort.id}?version=1`)).status).toBe(422);
  });

  it('when a contractor tries to accept its own effort, then it is refused', async () => {
    const effort = await submitted();
    expect((await contractor.post(`/api/efforts/${effort.id}/accept`, { version: 0 })).status).toBe(403);
  });
});

describe('changing and withdrawing', () => {
  // Built when a test runs: the contract and enterprise exist only after beforeAll.
  const editable = () => {
    const { contractId: _omit, ...fields } = purchase();
    return fields;
  };

  it('when the contractor corrects a submitted effort with the version it saw, then it is saved; a stale version gets 409', async () => {
    const effort = await submitted();
    const res = await contractor.patch(`/api/efforts/${effort.id}`, {
      ...editable(),
      amountCents: 1_300_000,
      version: 0,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ amountCents: 1_300_000, version: 1 });
    const stale = await contractor.patch(`/api/efforts/${effort.id}`, {
      ...editable(),
      amountCents: 1,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect((await EffortModel.findById(effort.id).lean())!.amountCents).toBe(1_300_000);
  });

  it('when the contractor withdraws a submitted effort, then it and its evidence are gone', async () => {
    const effort = await submitted();
    await uploadPdf(effort.id);
    const res = await contractor.delete(`/api/efforts/${effort.id}?version=1`);
    expect(res.status).toBe(200);
    expect(await EffortModel.findById(effort.id).lean()).toBeNull();
    expect(await EffortEvidenceModel.countDocuments({ effortId: effort.id })).toBe(0);
  });
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

async function uploadPdf(
  id: string,
  client: ApiClient = contractor,
  type = 'application/pdf',
  body: Buffer = PDF,
) {
  const token = await client.refreshCsrf();
  return client.agent
    .put(`/api/efforts/${id}/evidence?filename=factuur-2026-114.pdf`)
    .set('x-csrf-token', token)
    .set('content-type', type)
    .send(body);
}

describe('evidence files', () => {
  it('when the contractor uploads a PDF, then every reader of the effort downloads the same file', async () => {
    const effort = await submitted();
    const res = await uploadPdf(effort.id);
    expect(res.status).toBe(200);
    expect(res.body.data.evidenceFile).toMatchObject({
      filename: 'factuur-2026-114.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    for (const reader of [consultant, municipality, contractor]) {
      const file = await reader
        .get(`/api/efforts/${effort.id}/evidence`)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(file.status).toBe(200);
      expect(file.headers['content-disposition']).toContain('factuur-2026-114.pdf');
      expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    }
  });

  it('when the file is not a PDF or image, then 415; when larger than 5 MB, then 413', async () => {
    const effort = await submitted();
    expect((await uploadPdf(effort.id, contractor, 'text/html', Buffer.from('<script>'))).status).toBe(415);
    const tooLarge = await uploadPdf(
      effort.id,
      contractor,
      'application/pdf',
      Buffer.alloc(5 * 1024 * 1024 + 1),
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe('payload_too_large');
  });

  it('when a PDF is sent as an image, then it is stored and served as the PDF it is', async () => {
    const effort = await submitted();
    const res = await uploadPdf(effort.id, contractor, 'image/png');
    expect(res.status).toBe(200);
    expect(res.body.data.evidenceFile.contentType).toBe('application/pdf');
    const file = await consultant.get(`/api/efforts/${effort.id}/evidence`);
    expect(file.headers['content-type']).toMatch(/^application\/pdf/);
  });

  it('when an executable is sent as a PDF, then 415 names the body and nothing is stored', async () => {
    const effort = await submitted();
    // The start of a Windows executable: "MZ", then the DOS header.
    const exe = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), Buffer.alloc(64)]);
    const res = await uploadPdf(effort.id, contractor, 'application/pdf', exe);
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({
      code: 'unsupported_media_type',
      details: {
        detected: 'application/x-msdownload',
        issues: [{ path: 'body', code: 'file_type_not_allowed' }],
      },
    });
    const text = await uploadPdf(
      effort.id,
      contractor,
      'image/jpeg',
      Buffer.from('just some text, no image'),
    );
    expect(text.status).toBe(415);
    expect((await consultant.get(`/api/efforts/${effort.id}`)).body.data.evidenceFile).toBeNull();
    expect(await EffortEvidenceModel.countDocuments({ effortId: effort.id })).toBe(0);
  });

  it('when the file name has a folder in it, then 400 names the file name', async () => {
    const effort = await submitted();
    const token = await contractor.refreshCsrf();
    const res = await contractor.agent
      .put(`/api/efforts/${effort.id}/evidence?filename=..%2F..%2Fetc%2Fpasswd`)
      .set('x-csrf-token', token)
      .set('content-type', 'application/pdf')
      .send(PDF);
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(['query.filename']);
  });

  it('when another contractor uploads or downloads, then it is not found', async () => {
    const effort = await submitted();
    await uploadPdf(effort.id);
    expect((await uploadPdf(effort.id, otherContractor)).status).toBe(404);
    expect((await otherContractor.get(`/api/efforts/${effort.id}/evidence`)).status).toBe(404);
  });
});

describe('social enterprises to buy from', () => {
  it("when a contractor or consultant asks, then the region's social enterprises are listed, names only", async () => {
    await app.createOrganisation({ kind: 'social_enterprise', name: 'Elders BV', regionIds: [] } as never);
    for (const client of [contractor, consultant]) {
      const res = await client.get('/api/efforts/social-enterprises');
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual([
        { id: enterpriseId, kind: 'social_enterprise', name: 'Werkbedrijf Rijnstad' },
      ]);
    }
    expect((await municipality.get('/api/efforts/social-enterprises')).status).toBe(403);
  });
});

describe('who sees which efforts', () => {
  it('when listing, then each role sees its own scope only', async () => {
    const effort = await submitted();
    const ids = async (client: ApiClient, query = '') =>
      ((await client.get(`/api/efforts?limit=100${query}`)).body.data as Array<{ id: string }>).map(
        (e) => e.id,
      );
    expect(await ids(consultant)).toContain(effort.id);
    expect(await ids(contractor)).toContain(effort.id);
    expect(await ids(municipality)).toContain(effort.id);
    expect(await ids(otherContractor)).not.toContain(effort.id);
    expect(await ids(otherRegionConsultant)).not.toContain(effort.id);
    expect(await ids(otherMunicipality)).not.toContain(effort.id);
    // A filter for another contractor's contract finds nothing either.
    expect(await ids(otherContractor, `&contractId=${contractId}`)).toEqual([]);
  });

  it('when someone outside the scope asks for an effort or acts on it, then it is not found', async () => {
    const effort = await submitted();
    for (const client of [otherContractor, otherRegionConsultant, otherMunicipality]) {
      expect((await client.get(`/api/efforts/${effort.id}`)).status).toBe(404);
    }
    expect(
      (await otherRegionConsultant.post(`/api/efforts/${effort.id}/accept`, { version: 0 })).status,
    ).toBe(404);
    expect((await otherContractor.delete(`/api/efforts/${effort.id}?version=0`)).status).toBe(404);
  });

  it('when a municipality reads an effort, then it sees organisations, not the names of people', async () => {
    const effort = await submitted();
    const res = await municipality.get(`/api/efforts/${effort.id}`);
    expect(res.status).toBe(200);
    const contractorName = res.body.data.contractor.name;
    expect(res.body.data.submittedBy).toBe(contractorName);
    expect(res.body.data.allowedActions).toEqual([]);
  });

  it('when a candidate or a municipality tries to submit, then it is refused', async () => {
    expect((await candidate.get('/api/efforts')).status).toBe(403);
    expect((await municipality.post('/api/efforts', purchase())).status).toBe(403);
  });

  it('when a list is asked for, then it paginates and filters by status and kind', async () => {
    await submitted({ kind: 'volunteering', hours: 4, amountCents: null, socialEnterpriseId: null });
    const res = await consultant.get('/api/efforts?status=submitted&kind=volunteering&limit=1');
    expect(res.status).toBe(200);
    expect(res.body.page).toMatchObject({ page: 1, limit: 1 });
    expect(
      res.body.data.every(
        (e: { kind: string; status: string }) => e.kind === 'volunteering' && e.status === 'submitted',
      ),
    ).toBe(true);
    expect((await consultant.get('/api/efforts?limit=1000')).status).toBe(400);
  });
});
