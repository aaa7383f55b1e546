import type { QueryFilter } from 'mongoose';
import type { TContract, TContractListQuery, TPageInfo } from '../contract';
import type { SessionUser } from '../http/session-user';
import { containsPattern, paginate } from '../http/pagination';
import { ContractModel, type ContractDoc } from './contracts.model';
import { contractScope } from './contracts.policy';
import { presentContracts } from './contracts.presenter';
import { dutchToday } from './today';

export async function listContracts(
  user: SessionUser,
  query: TContractListQuery,
): Promise<{ data: TContract[]; page: TPageInfo }> {
  // Filters narrow the caller's scope; they can never widen it.
  const filter: QueryFilter<ContractDoc> = { $and: [contractScope(user)] };
  if (query.status) filter.status = query.status;
  if (query.municipalityId) filter.municipalityId = query.municipalityId;
  if (query.contractorId) filter.contractorId = query.contractorId;
  if (query.q) {
    const pattern = containsPattern(query.q);
    filter.$and!.push({ $or: [{ title: pattern }, { reference: pattern }] });
  }
  const { items, page } = await paginate(ContractModel, filter, query);
  return { data: await presentContracts(items as ContractDoc[], user, dutchToday()), page };
}
