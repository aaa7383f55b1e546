import type { TContract } from '../contract';
import { findByIdMatching } from '../database/find-by-id';
import { notFound } from '../http/app-error';
import type { SessionUser } from '../http/session-user';
import { ContractModel, type ContractDoc } from './contracts.model';
import { contractScope } from './contracts.policy';
import { presentContract } from './contracts.presenter';
import { dutchToday } from './today';

/** A contract the user may see; outside their scope it does not exist for them (404, not 403). */
export async function findVisibleContract(user: SessionUser, id: string): Promise<ContractDoc> {
  const contract = await findByIdMatching(ContractModel, id, contractScope(user));
  if (!contract) throw notFound('Contract');
  return contract;
}

export async function getContract(user: SessionUser, id: string): Promise<TContract> {
  return presentContract(await findVisibleContract(user, id), user, dutchToday());
}
