import type { QueryFilter } from 'mongoose';
import type { TOrganisationListQuery, TOrganisationSummary, TPageInfo } from '../contract';
import { containsPattern, paginate } from '../http/pagination';
import { OrganisationModel, type OrganisationDoc } from './organisations.model';
import { presentOrganisationSummary } from './organisations.presenter';

export async function listOrganisations(
  query: TOrganisationListQuery,
): Promise<{ data: TOrganisationSummary[]; page: TPageInfo }> {
  const filter: QueryFilter<OrganisationDoc> = {};
  if (query.kind) filter.kind = query.kind;
  if (query.q) filter.name = containsPattern(query.q);
  const { items, page } = await paginate(OrganisationModel, filter, query);
  return { data: (items as OrganisationDoc[]).map(presentOrganisationSummary), page };
}
