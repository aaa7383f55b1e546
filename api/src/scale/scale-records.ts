import type { ScaleCandidate, ScaleCompany, ScalePlace } from '@kansplek/seed';
import mongoose, { type Model, type Types } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import { nameFields } from '../candidates/candidate-records';
import { CandidateModel } from '../candidates/candidates.model';
import { ZCreateCandidate, ZCreateContract, ZCreatePlace, percentageToBasisPoints } from '../contract';
import { computeObligationCents } from '../contracts/obligation';
import { ContractModel } from '../contracts/contracts.model';
import { geocodeAddress } from '../geo/geocode-address';
import { OrganisationModel } from '../organisations/organisations.model';
import { PlaceModel } from '../places/places.model';

/** Who and where the generated records belong to: a region, its service point and a consultant. */
export interface ScaleContext {
  regionId: Types.ObjectId;
  servicePointId: Types.ObjectId;
  /** CBS code → municipality organisation id, for the region's municipalities. */
  municipalities: Map<string, Types.ObjectId>;
  consultant: Pick<SessionUser, 'id' | 'name' | 'role'>;
  seed: number;
  today: Date;
}

export type RawRecord = Record<string, unknown> & { _id: Types.ObjectId };

const KIND_BYTE = {
  candidate: 1,
  company: 2,
  contract: 3,
  place: 4,
  match: 5,
  placementCredit: 6,
  effortCredit: 7,
  effort: 8,
  notification: 9,
  reminder: 10,
  user: 11,
} as const;

/**
 * The same record always gets the same id (day, kind, seed, index), so a batch written again after a
 * crash is recognised as a duplicate instead of stored twice.
 */
export function scaleObjectId(kind: keyof typeof KIND_BYTE, index: number, seed: number, today: Date) {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(Math.floor(Date.parse(today.toISOString().slice(0, 10)) / 1000), 0);
  bytes.writeUInt8(KIND_BYTE[kind], 4);
  bytes.writeUIntBE(seed & 0xffffff, 5, 3);
  bytes.writeUInt32BE(index, 8);
  return new mongoose.Types.ObjectId(bytes);
}

/** The document as the model stores it (defaults applied), refused when the model's validation fails. */
export async function stored<T>(model: Model<T>, data: Record<string, unknown>): Promise<RawRecord> {
  const doc = new model(data);
  await doc.validate().catch((error: Error) => {
    throw new Error(`Generated ${model.modelName} is invalid: ${error.message}`);
  });
  return doc.toObject({ depopulate: true }) as unknown as RawRecord;
}

const at = (day: string) => new Date(`${day}T09:00:00Z`);

/**
 * A candidate as `createCandidate` stores it, after the consultant recorded the consents and (for some)
 * a status change: the same parsed input, name fields, geocoded address, region and versions.
 */
export async function toCandidateRecord(c: ScaleCandidate, index: number, ctx: ScaleContext) {
  const {
    address: addressInput,
    consultantId: _ignored,
    firstName,
    lastName,
    ...profile
  } = ZCreateCandidate.parse(c.input);
  const address = await geocodeAddress(addressInput, 'address.postcode');
  const createdAt = at(c.waitingSince);
  const by = { byId: ctx.consultant.id, byName: ctx.consultant.name, byRole: ctx.consultant.role };
  const consents = (['matching', 'sharing'] as const).filter((kind) =>
    kind === 'matching' ? c.consentMatching : c.consentSharing,
  );
  const consentEntry = { given: true, at: createdAt, ...by, inPerson: true };
  // Each recorded consent and a status change is one update: version +1 and searchVersion +1.
  const changes = consents.length + (c.status === 'active' ? 0 : 1);
  return stored(CandidateModel, {
    _id: scaleObjectId('candidate', index, ctx.seed, ctx.today),
    ...profile,
    ...nameFields(firstName, lastName),
    address,
    municipalityCode: address.municipalityCode,
    regionId: ctx.regionId,
    servicePointId: ctx.servicePointId,
    consultantId: ctx.consultant.id,
    status: c.status,
    waitingSince: c.waitingSince,
    consent: Object.fromEntries(consents.map((kind) => [kind, consentEntry])),
    consentHistory: consents.map((kind) => ({ kind, ...consentEntry })),
    version: changes,
    searchVersion: 1 + changes,
    indexedVersion: 0,
    createdAt,
    updatedAt: createdAt,
  });
}

/** A contractor as a consultant registers it for their region (`createOrganisation`). */
export async function toCompanyRecord(c: ScaleCompany, index: number, ctx: ScaleContext) {
  return stored(OrganisationModel, {
    _id: scaleObjectId('company', index, ctx.seed, ctx.today),
    kind: 'contractor',
    name: c.name,
    kvkNumber: c.kvkNumber,
    municipalityCode: null,
    address: await geocodeAddress(c.address, 'address.postcode'),
    regionIds: [ctx.regionId],
    createdAt: ctx.today,
    updatedAt: ctx.today,
  });
}

/** The company's contract as `createContract` stores it, then activated (version 1). */
export async function toContractRecord(c: ScaleCompany, index: number, ctx: ScaleContext) {
  const { municipalityCode, ...contract } = c.contract;
  const municipalityId = ctx.municipalities.get(municipalityCode);
  if (!municipalityId) throw new Error(`Municipality ${municipalityCode} is not in the region`);
  const { sroiPercentage, ...fields } = ZCreateContract.parse({
    ...contract,
    municipalityId: String(municipalityId),
    contractorId: String(scaleObjectId('company', index, ctx.seed, ctx.today)),
  });
  const sroiBasisPoints = percentageToBasisPoints(sroiPercentage);
  return stored(ContractModel, {
    _id: scaleObjectId('contract', index, ctx.seed, ctx.today),
    ...fields,
    regionId: ctx.regionId,
    sroiBasisPoints,
    obligationCents: computeObligationCents(fields.valueCents, sroiBasisPoints),
    status: 'active',
    statusChangedAt: ctx.today,
    version: 1,
    createdAt: ctx.today,
    updatedAt: ctx.today,
  });
}

/** The legal transitions from draft to each status (as the demo loader takes them). */
const PATH_TO: Record<ScalePlace['status'], Array<ScalePlace['status']>> = {
  draft: [],
  open: ['open'],
  paused: ['open', 'paused'],
  filled: ['open', 'filled'],
  closed: ['closed'],
};

/** A place as `createPlace` stores it, moved to its status by `transitionPlace` (history and versions). */
export async function toPlaceRecord(p: ScalePlace, index: number, ctx: ScaleContext) {
  const companyId = scaleObjectId('company', p.companyIndex, ctx.seed, ctx.today);
  const {
    contractorId: _c,
    location: locationInput,
    ...fields
  } = ZCreatePlace.parse({
    ...p.input,
    contractorId: String(companyId),
    contractId: p.withContract
      ? String(scaleObjectId('contract', p.companyIndex, ctx.seed, ctx.today))
      : null,
  });
  const location = locationInput ? await geocodeAddress(locationInput, 'location.postcode') : null;
  const createdAt = ctx.today;
  const by = { at: createdAt, byId: ctx.consultant.id, byName: ctx.consultant.name };
  const path = PATH_TO[p.status];
  const history: Array<{ from: string | null; to: string }> = [{ from: null, to: 'draft' }];
  for (const to of path) history.push({ from: history.at(-1)!.to, to });
  return stored(PlaceModel, {
    _id: scaleObjectId('place', index, ctx.seed, ctx.today),
    ...fields,
    desirableSkills: fields.desirableSkills.filter((s) => !fields.requiredSkills.includes(s)),
    contractorId: companyId,
    location,
    // Generated locations lie in the region's municipalities (regionForPlace gives this region).
    regionId: ctx.regionId,
    status: p.status,
    statusChangedAt: createdAt,
    history: history.map((step) => ({ ...step, ...by })),
    createdBy: ctx.consultant.id,
    createdByName: ctx.consultant.name,
    version: path.length,
    searchVersion: 1 + path.length,
    indexedVersion: 0,
    createdAt,
    updatedAt: createdAt,
  });
}
