import type { SessionUser } from '../http/session-user';
import type { TContractProgress, TProgressPoint, TRuleSetReference } from '../contract';
import type { ContractDoc } from '../contracts/contracts.model';
import { findVisibleContract } from '../contracts/get-contract';
import { creditsOfContract } from './realised-credit';
import { dutchToday } from '../contracts/today';
import { creditCentsAt, daysInclusive } from '../valuation/credit-lines';
import type { CreditDoc } from './credits.model';
import { forecastContract } from './forecast';
import { pipelineValue } from './pipeline-value';

/** The last day of each month from `start` up to `until`, then `until` itself: the points of a chart. */
export function monthEnds(start: string, until: string): string[] {
  const points: string[] = [];
  let [year, month] = start.split('-').map(Number) as [number, number];
  for (;;) {
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (last >= until) break;
    points.push(last);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  if (until >= start) points.push(until);
  return points;
}

/** Realised credit of a set of credits at each point. */
export function seriesOf(credits: readonly CreditDoc[], points: readonly string[]): TProgressPoint[] {
  return points.map((date) => ({
    date,
    realisedCents: credits.reduce((sum, credit) => sum + creditCentsAt(credit.lines, date), 0),
  }));
}

/** Credit per place kind or effort kind: how many, and how much realised by `date`. */
export function bySourceOf(credits: readonly CreditDoc[], date: string): TContractProgress['bySource'] {
  const groups = new Map<string, { count: number; cents: number }>();
  for (const credit of credits) {
    const group = groups.get(credit.kind) ?? { count: 0, cents: 0 };
    group.count += 1;
    group.cents += creditCentsAt(credit.lines, date);
    groups.set(credit.kind, group);
  }
  return [...groups].map(([kind, g]) => ({
    kind: kind as TContractProgress['bySource'][number]['kind'],
    ...g,
  }));
}

function ruleSetsOf(credits: readonly CreditDoc[]): TRuleSetReference[] {
  const seen = new Map<string, TRuleSetReference>();
  for (const { ruleSet } of credits)
    if (ruleSet)
      seen.set(String(ruleSet.id), { id: String(ruleSet.id), name: ruleSet.name, version: ruleSet.version });
  return [...seen.values()].sort((a, b) => a.version - b.version);
}

/**
 * Where a contract stands: obligation, credit realised (counted up to the deadline: what accrues
 * later is too late), realisation, pipeline value, and the forecast at the current pace.
 */
export async function contractProgress(contract: ContractDoc, today: string): Promise<TContractProgress> {
  const credits = await creditsOfContract(contract._id);
  const deadline = contract.realisationDeadline;
  const countedUntil = today < deadline ? today : deadline;
  const realisedCents = credits.reduce((sum, credit) => sum + creditCentsAt(credit.lines, countedUntil), 0);
  const pipeline = await pipelineValue(contract, today);
  return {
    contractId: String(contract._id),
    status: contract.status,
    obligationCents: contract.obligationCents,
    realisedCents,
    realisedBasisPoints: Math.floor((realisedCents * 10_000) / Math.max(1, contract.obligationCents)),
    pipelineCents: pipeline.cents,
    pipelineMatches: pipeline.matches,
    startDate: contract.startDate,
    deadline,
    today,
    daysLeft: Math.max(0, daysInclusive(today, deadline) - 1),
    forecast: forecastContract({
      obligationCents: contract.obligationCents,
      realisedCents,
      startDate: contract.startDate,
      deadline,
      today,
    }),
    bySource: bySourceOf(credits, countedUntil),
    series: seriesOf(credits, monthEnds(contract.startDate, countedUntil)),
    ruleSets: ruleSetsOf(credits),
  };
}

export async function getContractProgress(user: SessionUser, id: string): Promise<TContractProgress> {
  return contractProgress(await findVisibleContract(user, id), dutchToday());
}
