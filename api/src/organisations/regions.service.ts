import { findByIdMatching } from '../database/find-by-id';
import { updateDocument } from '../database/document-lock';
import type { SessionUser } from '../http/session-user';
import type { TCreateRegion, TPageInfo, TRegion, TRegionListQuery, TUpdateRegion } from '../contract';
import { AppError, conflict, notFound, staleVersion } from '../http/app-error';
import { containsPattern, paginate } from '../http/pagination';
import { OrganisationModel } from './organisations.model';
import { loadOrganisationSummaries, UNKNOWN_ORGANISATION } from './organisations.presenter';
import { RegionModel, type RegionDoc } from './regions.model';

async function presentRegions(regions: RegionDoc[]): Promise<TRegion[]> {
  const orgs = await loadOrganisationSummaries(
    regions.flatMap((r) => [r.servicePointId, ...r.municipalityIds]),
  );
  const summary = (id: unknown) => orgs.get(String(id)) ?? UNKNOWN_ORGANISATION;
  return regions.map((r) => ({
    id: String(r._id),
    name: r.name,
    servicePoint: summary(r.servicePointId),
    municipalities: r.municipalityIds.map(summary),
    version: r.version ?? 0,
  }));
}

/** Admins see every region; anyone else only the region of their own service point. */
function regionScope(user: SessionUser): Record<string, unknown> {
  return user.role === 'admin' ? {} : { _id: user.regionId ?? null };
}

export async function listRegions(
  user: SessionUser,
  query: TRegionListQuery,
): Promise<{ data: TRegion[]; page: TPageInfo }> {
  const filter: Record<string, unknown> = { ...regionScope(user) };
  if (query.q) filter.name = containsPattern(query.q);
  const { items, page } = await paginate(RegionModel, filter, query);
  return { data: await presentRegions(items as RegionDoc[]), page };
}

export async function getRegion(user: SessionUser, id: string): Promise<TRegion> {
  const region = await findByIdMatching(RegionModel, id, regionScope(user));
  if (!region) throw notFound('Region');
  const [presented] = await presentRegions([region]);
  return presented!;
}

function invalidReference(path: string, message: string) {
  return new AppError(422, 'unprocessable', message, {
    issues: [{ path, code: 'invalid_reference', message }],
  });
}

async function assertMunicipalities(ids: string[], exceptRegionId?: string) {
  const unique = [...new Set(ids)];
  const count = await OrganisationModel.countDocuments({ _id: { $in: unique }, kind: 'municipality' });
  if (count !== unique.length)
    throw invalidReference('body.municipalityIds', 'Every member must be a municipality');
  const elsewhere = await RegionModel.findOne({
    municipalityIds: { $in: unique },
    ...(exceptRegionId ? { _id: { $ne: exceptRegionId } } : {}),
  }).lean();
  if (elsewhere)
    throw conflict(`A municipality already belongs to region ${elsewhere.name}`, {
      fields: ['municipalityIds'],
    });
  return unique;
}

export async function createRegion(input: TCreateRegion): Promise<TRegion> {
  const servicePoint = await OrganisationModel.findOne({
    _id: input.servicePointId,
    kind: 'service_point',
  }).lean();
  if (!servicePoint) throw invalidReference('body.servicePointId', 'The service point does not exist');
  if (await RegionModel.exists({ servicePointId: input.servicePointId })) {
    throw conflict('This service point already serves a region', { fields: ['servicePointId'] });
  }
  const municipalityIds = await assertMunicipalities(input.municipalityIds);
  const region = await RegionModel.create({ ...input, municipalityIds });
  const [presented] = await presentRegions([region.toObject() as RegionDoc]);
  return presented!;
}

export async function updateRegion(id: string, input: TUpdateRegion): Promise<TRegion> {
  const current = await RegionModel.findById(id).lean<RegionDoc>();
  if (!current) throw notFound('Region');
  const { version, ...changes } = input;
  if (changes.municipalityIds)
    changes.municipalityIds = await assertMunicipalities(changes.municipalityIds, id);
  const updated = await updateDocument(
    RegionModel,
    { _id: id, version },
    { $set: changes, $inc: { version: 1 } },
  );
  if (!updated) throw staleVersion(current.version ?? 0);
  const [presented] = await presentRegions([updated]);
  return presented!;
}
