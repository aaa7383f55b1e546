import type { SessionUser } from '../http/session-user';
import { SMALL_CELL_THRESHOLD, type TReportScope, type TReportScopeQuery } from '../contract';
import { contractScope } from '../contracts/contracts.policy';
import { AppError } from '../http/app-error';
import { OrganisationModel } from '../organisations/organisations.model';
import { RegionModel } from '../organisations/regions.model';

export interface ReportScope {
  scope: TReportScope;
  // Which contracts the report covers (never drafts: they oblige nothing yet).
  contractFilter: Record<string, unknown>;
  // Counts of people below five are hidden for everyone but consultants, who may see every record.
  suppress: boolean;
  // Target groups are sensitive: contractors never receive figures per target group.
  targetGroups: boolean;
}

function refuse(field: string): never {
  throw new AppError(403, 'forbidden', 'This report is outside what you may see', {
    issues: [{ path: `query.${field}`, code: 'out_of_scope', message: 'Outside your own scope' }],
  });
}

/**
 * The scope of a report: the caller's own (a consultant's region, a municipality, a contractor),
 * narrowed to a municipality or contractor when asked. Asking for anything outside the caller's own
 * scope is refused, whatever the role.
 */
export async function resolveReportScope(user: SessionUser, query: TReportScopeQuery): Promise<ReportScope> {
  // Admins follow their region's figures like its consultants (contracts are no part of their work).
  const own = user.role === 'admin' ? { regionId: user.regionId ?? null } : contractScope(user);
  if (query.regionId && query.regionId !== user.regionId) refuse('regionId');
  if (query.municipalityId && user.role === 'municipality' && query.municipalityId !== user.organisationId)
    refuse('municipalityId');
  if (query.contractorId && user.role === 'contractor' && query.contractorId !== user.organisationId)
    refuse('contractorId');
  const contractFilter: Record<string, unknown> = {
    ...own,
    status: { $ne: 'draft' },
    ...(query.municipalityId ? { municipalityId: query.municipalityId } : {}),
    ...(query.contractorId ? { contractorId: query.contractorId } : {}),
  };
  const base = {
    suppress: user.role !== 'consultant',
    targetGroups: user.role !== 'contractor',
    contractFilter,
  };
  const organisationId =
    query.contractorId ??
    query.municipalityId ??
    (user.role === 'municipality' || user.role === 'contractor' ? user.organisationId : null);
  if (organisationId) {
    const organisation = await OrganisationModel.findById(organisationId).select({ name: 1, kind: 1 }).lean();
    const kind = organisation?.kind === 'municipality' ? 'municipality' : 'contractor';
    return { ...base, scope: { kind, id: organisationId, name: organisation?.name ?? '' } };
  }
  const region = user.regionId ? await RegionModel.findById(user.regionId).select({ name: 1 }).lean() : null;
  return {
    ...base,
    scope: { kind: 'region', id: user.regionId ?? user.organisationId, name: region?.name ?? '' },
  };
}

/** A count of people as the caller may see it: null when fewer than five and suppression applies. */
export function peopleCount(count: number, suppress: boolean): number | null {
  return suppress && count < SMALL_CELL_THRESHOLD ? null : count;
}
