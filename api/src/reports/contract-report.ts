import type { SessionUser } from '../http/session-user';
import type { TContractReportQuery, TContractReportRow, TPageInfo } from '../contract';
import { ContractModel, type ContractDoc } from '../contracts/contracts.model';
import { dutchToday } from '../contracts/today';
import { contractProgress } from '../credits/contract-progress';
import { pageInfo } from '../http/pagination';
import { OrganisationModel } from '../organisations/organisations.model';
import { resolveReportScope } from './report-scope';

/** The most rows one CSV export holds; a region has far fewer contracts. */
export const MAX_EXPORT_ROWS = 5000;

/**
 * Per contract: obligation, realised credit, realisation, pipeline value, deadline and forecast,
 * soonest deadline first. `all` (the CSV export) returns every row up to MAX_EXPORT_ROWS.
 */
export async function contractReport(
  user: SessionUser,
  query: TContractReportQuery,
  all = false,
): Promise<{ data: TContractReportRow[]; page: TPageInfo }> {
  const access = await resolveReportScope(user, query);
  const filter = { ...access.contractFilter, ...(query.status ? { status: query.status } : {}) };
  const limit = all ? MAX_EXPORT_ROWS : query.limit;
  const skip = all ? 0 : (query.page - 1) * query.limit;
  const [contracts, total] = await Promise.all([
    ContractModel.find(filter)
      .sort({ realisationDeadline: 1, _id: 1 })
      .skip(skip)
      .limit(limit)
      .lean<ContractDoc[]>(),
    ContractModel.countDocuments(filter),
  ]);
  const organisationIds = [
    ...new Set(contracts.flatMap((c) => [String(c.municipalityId), String(c.contractorId)])),
  ];
  const organisations = await OrganisationModel.find({ _id: { $in: organisationIds } })
    .select({ name: 1, kind: 1 })
    .lean();
  const summary = (id: unknown) => {
    const organisation = organisations.find((o) => String(o._id) === String(id));
    return { id: String(id), kind: organisation?.kind ?? 'contractor', name: organisation?.name ?? '' };
  };
  const today = dutchToday();
  const data: TContractReportRow[] = [];
  for (const contract of contracts) {
    const progress = await contractProgress(contract, today);
    data.push({
      contractId: String(contract._id),
      reference: contract.reference,
      title: contract.title,
      municipality: summary(contract.municipalityId),
      contractor: summary(contract.contractorId),
      status: contract.status,
      obligationCents: contract.obligationCents,
      realisedCents: progress.realisedCents,
      realisedBasisPoints: progress.realisedBasisPoints,
      pipelineCents: progress.pipelineCents,
      deadline: contract.realisationDeadline,
      forecast: progress.forecast.status,
    });
  }
  return { data, page: pageInfo(all ? 1 : query.page, limit, total) };
}
