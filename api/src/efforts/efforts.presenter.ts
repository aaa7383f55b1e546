import type { SessionUser } from '../http/session-user';
import type { TEffort } from '../contract';
import { ContractModel } from '../contracts/contracts.model';
import { dutchToday } from '../contracts/today';
import { CreditModel, type CreditDoc } from '../credits/credits.model';
import { loadOrganisationSummaries, UNKNOWN_ORGANISATION } from '../organisations/organisations.presenter';
import { creditCentsAt } from '../valuation/credit-lines';
import type { EffortDoc } from './efforts.model';
import { mayDecide, maySubmitFor } from './efforts.policy';

function allowedActions(effort: EffortDoc, user: SessionUser): TEffort['allowedActions'] {
  if (effort.status !== 'submitted') return [];
  return [
    ...(maySubmitFor(user, effort) ? (['edit', 'withdraw'] as const) : []),
    ...(mayDecide(user, effort) ? (['accept', 'reject'] as const) : []),
  ];
}

/**
 * Efforts as the caller may see them, with what each counts for once accepted. Municipality users
 * see organisations, not the names of the people who submitted or judged an effort.
 */
export async function presentEfforts(efforts: EffortDoc[], user: SessionUser): Promise<TEffort[]> {
  const contracts = await ContractModel.find({ _id: { $in: efforts.map((e) => e.contractId) } })
    .select({ title: 1, reference: 1, realisationDeadline: 1 })
    .lean();
  const organisations = await loadOrganisationSummaries(
    efforts.flatMap((e) => [e.contractorId, ...(e.socialEnterpriseId ? [e.socialEnterpriseId] : [])]),
  );
  const credits = await CreditModel.find({
    sourceKey: { $in: efforts.map((e) => `effort:${String(e._id)}`) },
  })
    .select({ effortId: 1, lines: 1 })
    .lean<Array<Pick<CreditDoc, 'effortId' | 'lines'>>>();
  const today = dutchToday();
  return efforts.map((effort) => {
    const contract = contracts.find((c) => String(c._id) === String(effort.contractId));
    const contractor = organisations.get(String(effort.contractorId)) ?? UNKNOWN_ORGANISATION;
    const credit = credits.find((c) => String(c.effortId) === String(effort._id));
    const person = (name: string) => (user.role === 'municipality' ? contractor.name : name);
    return {
      id: String(effort._id),
      contract: {
        id: String(effort.contractId),
        title: contract?.title ?? '',
        reference: contract?.reference ?? '',
      },
      contractor,
      socialEnterprise: effort.socialEnterpriseId
        ? (organisations.get(String(effort.socialEnterpriseId)) ?? UNKNOWN_ORGANISATION)
        : null,
      kind: effort.kind,
      description: effort.description,
      date: effort.date,
      amountCents: effort.amountCents ?? null,
      hours: effort.hours ?? null,
      evidence: effort.evidence,
      evidenceFile: effort.evidenceFile?.filename
        ? {
            filename: effort.evidenceFile.filename,
            contentType: effort.evidenceFile.contentType ?? 'application/octet-stream',
            size: effort.evidenceFile.size ?? 0,
            uploadedAt: (effort.evidenceFile.uploadedAt ?? effort.updatedAt).toISOString(),
          }
        : null,
      status: effort.status,
      submittedBy: person(effort.submittedBy.byName),
      submittedAt: effort.submittedAt.toISOString(),
      decision: effort.decision
        ? {
            by: user.role === 'municipality' ? 'Werkgeversservicepunt' : effort.decision.byName,
            at: effort.decision.at.toISOString(),
            note: effort.decision.note ?? '',
          }
        : null,
      creditCents: credit ? creditCentsAt(credit.lines, today) : null,
      allowedActions: allowedActions(effort, user),
      version: effort.version ?? 0,
    };
  });
}

export async function presentEffort(effort: EffortDoc, user: SessionUser): Promise<TEffort> {
  return (await presentEfforts([effort], user))[0]!;
}
