import type { SessionUser } from '../http/session-user';
import type { TEffort, TEffortListQuery, TPageInfo } from '../contract';
import { paginate } from '../http/pagination';
import { findVisibleEffort } from './effort-records';
import { EffortModel, type EffortDoc } from './efforts.model';
import { effortScope } from './efforts.policy';
import { presentEffort, presentEfforts } from './efforts.presenter';

/** Efforts in the caller's scope, filtered by contract, contractor, status and kind. */
export async function listEfforts(
  user: SessionUser,
  query: TEffortListQuery,
): Promise<{ data: TEffort[]; page: TPageInfo }> {
  const filter: Record<string, unknown> = { ...effortScope(user) };
  if (query.contractId) filter.contractId = query.contractId;
  if (query.contractorId && user.role !== 'contractor') filter.contractorId = query.contractorId;
  if (query.status) filter.status = query.status;
  if (query.kind) filter.kind = query.kind;
  const { items, page } = await paginate(EffortModel, filter, query);
  return { data: await presentEfforts(items as EffortDoc[], user), page };
}

export async function getEffort(user: SessionUser, id: string): Promise<TEffort> {
  return presentEffort(await findVisibleEffort(user, id), user);
}
