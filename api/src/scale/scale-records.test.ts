import { buildScaleCandidate, buildScaleCompany, buildScalePlace, POSTCODE_AREAS } from '@kansplek/seed';
import mongoose from 'mongoose';
import { toCandidateDocument } from '../candidates/candidates.search';
import type { CandidateDoc } from '../candidates/candidates.model';
import { ZCreateCandidate, ZCreatePlace } from '../contract';
import type { PlaceDoc } from '../places/places.model';
import { toPlaceDocument } from '../places/places.search';
import {
  scaleObjectId,
  toCandidateRecord,
  toCompanyRecord,
  toContractRecord,
  toPlaceRecord,
  type ScaleContext,
} from './scale-records';

const today = new Date('2026-11-22T00:00:00Z');
const id = () => new mongoose.Types.ObjectId();
const ctx: ScaleContext = {
  regionId: id(),
  servicePointId: id(),
  municipalities: new Map(
    ['GM0202', 'GM0275', 'GM0277', 'GM1734', 'GM1705', 'GM0226', 'GM0293', 'GM0299'].map((code) => [
      code,
      id(),
    ]),
  ),
  consultant: { id: String(id()), name: 'Consulent Scale', role: 'consultant' },
  seed: 2026,
  today,
};
const options = { seed: 2026, today };

describe('generated records', () => {
  it('when candidates are generated, then each passes the create contract and is stored as createCandidate stores it', async () => {
    for (let i = 0; i < 300; i += 1) {
      const generated = buildScaleCandidate(i, options);
      expect(ZCreateCandidate.safeParse(generated.input).success).toBe(true);
      const record = (await toCandidateRecord(generated, i, ctx)) as unknown as CandidateDoc;
      const area = POSTCODE_AREAS.get(generated.input.address.postcode.slice(0, 4))!;
      expect(record).toMatchObject({
        fullName: `${generated.input.firstName} ${generated.input.lastName}`,
        sortName: `${generated.input.lastName} ${generated.input.firstName}`.toLocaleLowerCase('nl'),
        municipalityCode: area.municipalityCode,
        address: { location: { lat: area.lat, lng: area.lng }, municipalityCode: area.municipalityCode },
        regionId: ctx.regionId,
        servicePointId: ctx.servicePointId,
        status: generated.status,
        waitingSince: generated.waitingSince,
        indexedVersion: 0,
      });
      expect(record.searchVersion).toBe(record.version + 1);
      expect(!!record.consent?.matching?.given).toBe(generated.consentMatching);
      expect(record.consentHistory).toHaveLength(
        Number(generated.consentMatching) + Number(generated.consentSharing),
      );
      const document = toCandidateDocument(record)!;
      expect(document).toMatchObject({
        id: String(record._id),
        regionId: String(ctx.regionId),
        consentMatching: generated.consentMatching,
      });
    }
  });

  it('when places are generated, then each passes the create contract and carries the history of its status', async () => {
    for (let i = 0; i < 200; i += 1) {
      const generated = buildScalePlace(i, 5, options);
      expect(ZCreatePlace.safeParse(generated.input).success).toBe(true);
      const record = (await toPlaceRecord(generated, i, ctx)) as unknown as PlaceDoc;
      expect(record.status).toBe(generated.status);
      expect(record.history.at(-1)!.to).toBe(generated.status);
      expect(record.history[0]).toMatchObject({ from: null, to: 'draft', byName: 'Consulent Scale' });
      expect(record.version).toBe(record.history.length - 1);
      expect(record.contractorId).toEqual(scaleObjectId('company', generated.companyIndex, 2026, today));
      expect(record.contractId === null).toBe(!generated.withContract);
      expect(record.desirableSkills.some((s) => record.requiredSkills.includes(s))).toBe(false);
      expect(
        toPlaceDocument(record, {
          contractorName: 'X B.V.',
          contractorDisplacementFlagged: false,
          preferredTargetGroups: [],
        }),
      ).toMatchObject({
        regionId: String(ctx.regionId),
        status: generated.status,
      });
    }
  });

  it('when a company is generated, then it gets an active contract whose obligation is derived', async () => {
    const company = buildScaleCompany(0, options);
    const organisation = await toCompanyRecord(company, 0, ctx);
    const contract = await toContractRecord(company, 0, ctx);
    expect(organisation).toMatchObject({
      kind: 'contractor',
      kvkNumber: company.kvkNumber,
      regionIds: [ctx.regionId],
    });
    expect(contract).toMatchObject({
      contractorId: organisation._id,
      municipalityId: ctx.municipalities.get(company.contract.municipalityCode),
      status: 'active',
      obligationCents: Math.round((company.contract.valueCents * company.contract.sroiPercentage) / 100),
    });
  });

  it('when ids are derived, then they are stable and distinct per kind, index and seed', () => {
    expect(scaleObjectId('candidate', 5, 1, today)).toEqual(scaleObjectId('candidate', 5, 1, today));
    const ids = [
      scaleObjectId('candidate', 5, 1, today),
      scaleObjectId('candidate', 6, 1, today),
      scaleObjectId('place', 5, 1, today),
      scaleObjectId('candidate', 5, 2, today),
    ].map(String);
    expect(new Set(ids).size).toBe(4);
  });
});
