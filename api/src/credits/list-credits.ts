import type { SessionUser } from '../http/session-user';
import type { TCredit, TCreditListQuery, TPageInfo } from '../contract';
import { findVisibleContract } from '../contracts/get-contract';
import { dutchToday } from '../contracts/today';
import { paginate } from '../http/pagination';
import { CreditModel, type CreditDoc } from './credits.model';
import { presentCredit } from './credits.presenter';

/** A contract's credits, each valued up to today (or the deadline, once passed). */
export async function listContractCredits(
  user: SessionUser,
  contractId: string,
  query: TCreditListQuery,
): Promise<{ data: TCredit[]; page: TPageInfo }> {
  const contract = await findVisibleContract(user, contractId);
  const today = dutchToday();
  const countedUntil = today < contract.realisationDeadline ? today : contract.realisationDeadline;
  const { items, page } = await paginate(CreditModel, { contractId: contract._id }, query);
  return { data: (items as CreditDoc[]).map((credit) => presentCredit(credit, user, countedUntil)), page };
}
