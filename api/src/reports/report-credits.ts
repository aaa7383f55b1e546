import type { Types } from 'mongoose';
import { ContractModel, type ContractDoc } from '../contracts/contracts.model';
import type { CreditDoc } from '../credits/credits.model';
import { creditsOfContracts } from '../credits/credits-of-contracts';
import { creditCentsAt } from '../valuation/credit-lines';

export type ReportContract = Pick<
  ContractDoc,
  '_id' | 'obligationCents' | 'startDate' | 'realisationDeadline' | 'municipalityId' | 'contractorId'
>;

/** The contracts and credits of a report's scope, with each credit's realised value on a day. */
export interface ScopeCredits {
  contracts: ReportContract[];
  credits: readonly CreditDoc[];
  // A credit counts up to its contract's deadline: what accrues later is too late.
  realisedOn(credit: CreditDoc, date: string): number;
}

export async function loadScopeCredits(contractFilter: Record<string, unknown>): Promise<ScopeCredits> {
  const contracts = await ContractModel.find(contractFilter)
    .select({ obligationCents: 1, startDate: 1, realisationDeadline: 1, municipalityId: 1, contractorId: 1 })
    .lean<ReportContract[]>();
  const ids = contracts.map((c) => c._id);
  const credits = await creditsOfContracts(ids);
  const deadlines = new Map(contracts.map((c) => [String(c._id), c.realisationDeadline]));
  return {
    contracts,
    credits,
    realisedOn(credit, date) {
      const deadline = deadlines.get(String(credit.contractId)) ?? date;
      return creditCentsAt(credit.lines, date < deadline ? date : deadline);
    },
  };
}

/** How many different people a set of placement credits concerns. */
export function distinctPeople(credits: readonly CreditDoc[]): number {
  return new Set(
    credits
      .filter((c) => c.source === 'placement' && c.candidateId)
      .map((c) => String(c.candidateId as Types.ObjectId)),
  ).size;
}
