import type { SessionUser } from '../http/session-user';
import type { TCredit, TCreditLine, TRuleSetReference } from '../contract';
import { creditCentsAt, lineCentsAt } from '../valuation/credit-lines';
import type { CreditDoc } from './credits.model';

function referenceOf(ruleSet: CreditDoc['ruleSet']): TRuleSetReference | null {
  return ruleSet ? { id: String(ruleSet.id), name: ruleSet.name, version: ruleSet.version } : null;
}

/**
 * A credit as the caller may see it, valued on `date`. Only consultants get the lines: they name the
 * target group, benefit duration and bonuses a placement was valued for (PRODUCT.md: contractors never
 * see target groups). The contractor sees what each placement and effort counts for.
 */
export function presentCredit(credit: CreditDoc, user: SessionUser, date: string): TCredit {
  const lines: TCreditLine[] =
    user.role === 'consultant'
      ? credit.lines.map((line) => ({
          block: line.block,
          cents: lineCentsAt(line, date),
          params: line.params,
        }))
      : [];
  return {
    id: String(credit._id),
    source: credit.source,
    kind: credit.kind as TCredit['kind'],
    label: credit.label,
    matchId: credit.matchId ? String(credit.matchId) : null,
    effortId: credit.effortId ? String(credit.effortId) : null,
    date: credit.date,
    amountCents: creditCentsAt(credit.lines, date),
    lines,
    ruleSet: referenceOf(credit.ruleSet),
    history: credit.history.map((entry) => ({
      at: entry.at.toISOString(),
      amountCents: entry.amountCents,
      previousAmountCents: entry.previousAmountCents ?? null,
      ruleSet: referenceOf(entry.ruleSet),
      reason: entry.reason,
    })),
  };
}
