import { findByIdMatching } from '../database/find-by-id';
import { updateDocument } from '../database/document-lock';
import mongoose, { type QueryFilter } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import type {
  TCreateOrganisation,
  TOrganisation,
  TOrganisationListQuery,
  TPageInfo,
  TSetDisplacement,
  TUpdateOrganisation,
} from '../contract';
import { identifierIssues } from '../contract';
import { geocodeAddress } from '../geo/geocode-address';
import { AppError, conflict, notFound, staleVersion } from '../http/app-error';
import { containsPattern, paginate } from '../http/pagination';
import { writeWithIndexedCopies } from '../search-sync/indexed-copies';
import { organisationScope } from './region-scope';
import { RegionModel } from './regions.model';
import { OrganisationModel, type OrganisationDoc } from './organisations.model';
import { assertCanFlagDisplacement, assertCanManageOrganisation } from './organisations.policy';
import { presentOrganisation } from './organisations.presenter';

export async function listOrganisations(
  user: SessionUser,
  query: TOrganisationListQuery,
): Promise<{ data: TOrganisation[]; page: TPageInfo }> {
  const filter: QueryFilter<OrganisationDoc> = { $and: [await organisationScope(user)] };
  if (query.kind) filter.kind = query.kind;
  if (query.q) filter.$and!.push({ $or: [{ name: containsPattern(query.q) }, { kvkNumber: query.q }] });
  if (query.regionId) filter.regionIds = query.regionId;
  if (query.displaced !== undefined) filter.displacement = query.displaced ? { $ne: null } : null;
  const { items, page } = await paginate(OrganisationModel, filter, query);
  return { data: (items as OrganisationDoc[]).map(presentOrganisation), page };
}

/** An organisation the user may see; outside their scope it does not exist for them (404, not 403). */
export async function findVisibleOrganisation(user: SessionUser, id: string): Promise<OrganisationDoc> {
  const org = await findByIdMatching(OrganisationModel, id, await organisationScope(user));
  if (!org) throw notFound('Organisation');
  return org;
}

export async function getOrganisation(user: SessionUser, id: string): Promise<TOrganisation> {
  return presentOrganisation(await findVisibleOrganisation(user, id));
}

async function assertRegionsExist(regionIds: string[] | undefined) {
  if (!regionIds?.length) return;
  const found = await RegionModel.countDocuments({ _id: { $in: regionIds } });
  if (found !== new Set(regionIds).size) {
    throw new AppError(422, 'unprocessable', 'One or more regions do not exist', {
      issues: [{ path: 'body.regionIds', code: 'not_found', message: 'One or more regions do not exist' }],
    });
  }
}

async function assertKvkFree(kvkNumber: string | undefined, exceptId?: string) {
  if (!kvkNumber) return;
  const taken = await OrganisationModel.exists({
    kvkNumber,
    ...(exceptId ? { _id: { $ne: exceptId } } : {}),
  });
  if (taken)
    throw conflict('An organisation with this KvK number is already registered', { fields: ['kvkNumber'] });
}

async function assertMunicipalityCodeFree(code: string | undefined, exceptId?: string) {
  if (!code) return;
  const taken = await OrganisationModel.exists({
    municipalityCode: code,
    ...(exceptId ? { _id: { $ne: exceptId } } : {}),
  });
  if (taken) throw conflict('This municipality is already registered', { fields: ['municipalityCode'] });
}

export async function createOrganisation(
  user: SessionUser,
  input: TCreateOrganisation,
): Promise<TOrganisation> {
  // A consultant registers companies for their own region; the region is added for them.
  const regionIds =
    user.role === 'consultant' && user.regionId
      ? [...new Set([...(input.regionIds ?? []), user.regionId])]
      : input.regionIds;
  assertCanManageOrganisation(user, { kind: input.kind, regionIds });
  await assertRegionsExist(regionIds);
  await assertKvkFree(input.kvkNumber);
  await assertMunicipalityCodeFree(input.municipalityCode);
  const address = input.address ? await geocodeAddress(input.address, 'body.address.postcode') : null;
  const created = await OrganisationModel.create({ ...input, regionIds: regionIds ?? [], address });
  return presentOrganisation(created.toObject() as OrganisationDoc);
}

export async function updateOrganisation(
  user: SessionUser,
  id: string,
  input: TUpdateOrganisation,
): Promise<TOrganisation> {
  const current = await findVisibleOrganisation(user, id);
  assertCanManageOrganisation(user, current);
  const { version, address, ...changes } = input;
  if (
    user.role !== 'admin' &&
    changes.regionIds &&
    user.regionId &&
    !changes.regionIds.includes(user.regionId)
  ) {
    throw notAllowed('body.regionIds', 'You cannot take an organisation out of your own region');
  }
  // The same identifier rules as on creation, against the merged result.
  const merged = {
    kind: current.kind,
    kvkNumber: current.kvkNumber,
    municipalityCode: current.municipalityCode,
    ...changes,
  };
  const issues = identifierIssues(merged);
  if (issues.length) {
    throw new AppError(400, 'validation_failed', 'The request is not valid', {
      issues: issues.map((i) => ({ path: `body.${i.field}`, code: 'custom', message: i.message })),
    });
  }
  await assertRegionsExist(changes.regionIds);
  await assertKvkFree(changes.kvkNumber, id);
  await assertMunicipalityCodeFree(changes.municipalityCode, id);
  const set: Record<string, unknown> = { ...changes };
  if (address !== undefined)
    set.address = address ? await geocodeAddress(address, 'body.address.postcode') : null;
  const write = () =>
    updateDocument(OrganisationModel, { _id: id, version }, { $set: set, $inc: { version: 1 } });
  // Indexes that copy the organisation (a contractor's name with its places) follow a real change.
  const changed = Object.keys(set).filter((field) => field !== 'name' || changes.name !== current.name);
  const updated = await writeWithIndexedCopies('organisation', id, changed, write);
  if (!updated) throw staleVersion(current.version ?? 0);
  return presentOrganisation(updated);
}

function notAllowed(path: string, message: string) {
  return new AppError(422, 'unprocessable', message, { issues: [{ path, code: 'not_allowed', message }] });
}

export async function setDisplacement(
  user: SessionUser,
  id: string,
  input: TSetDisplacement | { version: number; clear: true },
): Promise<TOrganisation> {
  const current = await findVisibleOrganisation(user, id);
  assertCanFlagDisplacement(user, current);
  const displacement =
    'clear' in input ? null : { date: input.date, note: input.note, setBy: user.id, setAt: new Date() };
  // Matching reads the flag from the contractor's places in the places index.
  const updated = await writeWithIndexedCopies('organisation', id, ['displacement'], () =>
    updateDocument(
      OrganisationModel,
      { _id: id, version: input.version },
      { $set: { displacement }, $inc: { version: 1 } },
    ),
  );
  if (!updated) throw staleVersion(current.version ?? 0);
  return presentOrganisation(updated);
}

/** Collections that point at organisations; an organisation still referenced cannot be deleted. */
const REFERENCES: Array<[collection: string, fields: string[]]> = [
  ['users', ['organisationId']],
  ['regions', ['servicePointId', 'municipalityIds']],
  ['contracts', ['municipalityId', 'contractorId']],
  ['places', ['contractorId']],
  ['candidates', ['servicePointId']],
];

export async function deleteOrganisation(user: SessionUser, id: string): Promise<void> {
  const current = await findVisibleOrganisation(user, id);
  assertCanManageOrganisation(user, current);
  const objectId = new mongoose.Types.ObjectId(id);
  for (const [collection, fields] of REFERENCES) {
    const used = await mongoose.connection
      .collection(collection)
      .countDocuments({ $or: fields.map((f) => ({ [f]: objectId })) }, { limit: 1 });
    if (used)
      throw conflict(`The organisation is still used by ${collection}; remove those first`, { collection });
  }
  await OrganisationModel.deleteOne({ _id: id });
}
