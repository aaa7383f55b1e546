import type { SessionUser } from '../http/session-user';
import { effortFieldIssues, type TEffortKind } from '../contract';
import { ContractModel, type ContractDoc } from '../contracts/contracts.model';
import { findByIdMatching } from '../database/find-by-id';
import { AppError, notFound } from '../http/app-error';
import { OrganisationModel } from '../organisations/organisations.model';
import { ruleSetInForce, ruleSetsOfRegion } from '../valuation/rule-sets.service';
import { valuesEffortKind } from '../valuation/value-effort';
import { EffortModel, type EffortDoc } from './efforts.model';
import { effortScope, maySubmitFor } from './efforts.policy';

/** Contracts that can still be credited: running, or settled but not yet closed. */
const CREDITABLE = ['active', 'fulfilled', 'overdue'];

function unprocessable(path: string, message: string, code = 'invalid'): AppError {
  return new AppError(422, 'unprocessable', message, { issues: [{ path: `body.${path}`, code, message }] });
}

export async function findVisibleEffort(user: SessionUser, id: string): Promise<EffortDoc> {
  const effort = await findByIdMatching(EffortModel, id, effortScope(user));
  if (!effort) throw notFound('Effort');
  return effort as EffortDoc;
}

/** The contract an effort is for, when the user may register efforts for it and it can be credited. */
export async function creditableContract(user: SessionUser, contractId: string): Promise<ContractDoc> {
  const contract = await ContractModel.findById(contractId).lean<ContractDoc>();
  if (!contract || !maySubmitFor(user, contract)) {
    throw unprocessable('contractId', 'No contract of yours with this id', 'invalid_reference');
  }
  if (!CREDITABLE.includes(contract.status)) {
    throw unprocessable(
      'contractId',
      `A ${contract.status} contract cannot receive efforts`,
      'invalid_state',
    );
  }
  return contract;
}

/**
 * An effort of a kind the region's rule set does not value (a dash in the table) is refused with that
 * reason, until an admin adds a value in a new version (PRODUCT.md "How the table applies").
 */
export async function refuseUnvaluedKind(
  effort: { kind: TEffortKind; date: string },
  contract: Pick<ContractDoc, 'regionId'>,
): Promise<void> {
  const ruleSet = contract.regionId
    ? ruleSetInForce(await ruleSetsOfRegion(contract.regionId), effort.date)
    : null;
  if (!ruleSet) {
    throw unprocessable(
      'date',
      `The region has no valuation rule set in force on ${effort.date}`,
      'not_valued',
    );
  }
  if (!valuesEffortKind(ruleSet.values, effort.kind)) {
    throw unprocessable(
      'kind',
      `The region's rule set (${ruleSet.name}, version ${ruleSet.version}) gives this kind of effort no value`,
      'not_valued',
    );
  }
}

interface EffortFields {
  kind: TEffortKind;
  date: string;
  amountCents: number | null;
  hours: number | null;
  socialEnterpriseId: string | null;
}

/**
 * The rules an effort's fields follow beyond their shape: the date within the contract's term (its
 * start up to the realisation deadline), and a purchase from an organisation that is a social enterprise.
 * Fields a kind does not use are stored empty.
 */
export async function checkedEffortFields<T extends EffortFields>(
  fields: T,
  contract: ContractDoc,
): Promise<T> {
  if (fields.date < contract.startDate || fields.date > contract.realisationDeadline) {
    throw unprocessable(
      'date',
      `The effort must fall between the contract's start (${contract.startDate}) and its realisation deadline (${contract.realisationDeadline})`,
    );
  }
  await refuseUnvaluedKind(fields, contract);
  if (fields.kind === 'social_purchase') {
    const enterprise = await OrganisationModel.findById(fields.socialEnterpriseId).select({ kind: 1 }).lean();
    if (enterprise?.kind !== 'social_enterprise') {
      throw unprocessable(
        'socialEnterpriseId',
        'Choose an organisation that is a social enterprise',
        'invalid_reference',
      );
    }
  }
  // The zod schema already reported what a kind is missing; this clears what it does not use.
  const uses = effortFieldIssues({ ...fields, amountCents: null, hours: null, socialEnterpriseId: null }).map(
    (issue) => issue.field,
  );
  return {
    ...fields,
    amountCents: uses.includes('amountCents') ? fields.amountCents : null,
    hours: uses.includes('hours') ? fields.hours : null,
    socialEnterpriseId: uses.includes('socialEnterpriseId') ? fields.socialEnterpriseId : null,
  };
}
