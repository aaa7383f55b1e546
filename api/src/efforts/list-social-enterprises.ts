import type { SessionUser } from '../http/session-user';
import { MAX_PAGE_SIZE, type TOrganisationSummary, type TPageInfo } from '../contract';
import { pageInfo } from '../http/pagination';
import { OrganisationModel } from '../organisations/organisations.model';
import { presentOrganisationSummary } from '../organisations/organisations.presenter';

/**
 * The social enterprises a purchase can be made from: those working in the caller's region (a
 * consultant's region, or the regions a contractor works in). Contractors may not list organisations
 * in general, so this is the one list of other companies they see: names only.
 */
export async function listSocialEnterprises(
  user: SessionUser,
): Promise<{ data: TOrganisationSummary[]; page: TPageInfo }> {
  const own = await OrganisationModel.findById(user.organisationId).select({ regionIds: 1 }).lean();
  const regionIds = user.role === 'consultant' ? [user.regionId] : (own?.regionIds ?? []);
  const enterprises = await OrganisationModel.find({
    kind: 'social_enterprise',
    regionIds: { $in: regionIds },
  })
    .select({ kind: 1, name: 1 })
    .sort({ name: 1, _id: 1 })
    .limit(MAX_PAGE_SIZE)
    .lean();
  return {
    data: enterprises.map(presentOrganisationSummary),
    page: pageInfo(1, MAX_PAGE_SIZE, enterprises.length),
  };
}
