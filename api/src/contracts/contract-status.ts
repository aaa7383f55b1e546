import type { TContractAction, TContractStatus } from '../contract';

/** What the status rules need to know about a contract. Dates are `YYYY-MM-DD`. */
export interface ContractStatusFacts {
  status: TContractStatus;
  obligationCents: number;
  endDate: string;
  realisationDeadline: string;
}

/**
 * The automatic status of a contract whose status follows its credit: fulfilled once the realised
 * credit covers the obligation (also after the deadline, when a late-accepted effort dated before it
 * completes it), overdue once the realisation deadline has passed without that, active before. A
 * fulfilled contract whose credit falls below the obligation again (a rule set lowered a value)
 * follows the same rule. The deadline day itself still counts. Draft and closed never move by themselves.
 */
export function nextContractStatus(
  contract: ContractStatusFacts,
  realisedCents: number,
  today: string,
): TContractStatus {
  if (contract.status === 'draft' || contract.status === 'closed') return contract.status;
  if (realisedCents >= contract.obligationCents) return 'fulfilled';
  // ISO dates compare correctly as strings.
  return today > contract.realisationDeadline ? 'overdue' : 'active';
}

const ACTION_TARGET: Record<TContractAction, TContractStatus> = { activate: 'active', close: 'closed' };

/** Whether a consultant may take this action now: activate a draft; close a settled or ended contract. */
function actionAllowed(action: TContractAction, contract: ContractStatusFacts, today: string): boolean {
  if (action === 'activate') return contract.status === 'draft';
  if (contract.status === 'fulfilled' || contract.status === 'overdue') return true;
  // An active contract can be closed once its term is over, e.g. when the municipality settles early.
  return contract.status === 'active' && today > contract.endDate;
}

/** The actions open to a consultant now, in a stable order (the detail page shows them as buttons). */
export function allowedContractActions(contract: ContractStatusFacts, today: string): TContractAction[] {
  return (Object.keys(ACTION_TARGET) as TContractAction[]).filter((action) =>
    actionAllowed(action, contract, today),
  );
}

/** The statuses a consultant can move the contract to now (reported with a refused transition). */
export function allowedNextStatuses(contract: ContractStatusFacts, today: string): TContractStatus[] {
  return allowedContractActions(contract, today).map((action) => ACTION_TARGET[action]);
}

export type TransitionDecision =
  | { ok: true; from: TContractStatus; to: TContractStatus }
  | { ok: false; from: TContractStatus; to: TContractStatus; allowed: TContractStatus[] };

/** Decides a manual transition without touching the database. */
export function decideContractTransition(
  action: TContractAction,
  contract: ContractStatusFacts,
  today: string,
): TransitionDecision {
  const to = ACTION_TARGET[action];
  if (actionAllowed(action, contract, today)) return { ok: true, from: contract.status, to };
  return { ok: false, from: contract.status, to, allowed: allowedNextStatuses(contract, today) };
}
