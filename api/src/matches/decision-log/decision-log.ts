import { createHash } from 'node:crypto';
import type { MatchWeights } from '@kansplek/search';
import type { QueryFilter } from 'mongoose';
import type { SessionUser } from '../../http/session-user';
import { addMonths, type TDecisionLogEntry, type TDecisionLogQuery, type TPageInfo } from '../../contract';
import { dutchToday } from '../../contracts/today';
import { paginate } from '../../http/pagination';
import { DecisionLogModel, type DecisionLogDoc } from './decision-log.model';

/** A short fingerprint of the weights: the same weights always give the same version. */
export function weightsVersion(weights: MatchWeights): string {
  const canonical = JSON.stringify(Object.entries(weights).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

/** Records a list as it was shown; its order is the rank. */
export async function recordShown(
  user: SessionUser,
  shown: {
    kind: 'proposals' | 'recommendations';
    placeId?: string;
    candidateId?: string;
    items: Array<{ id: string; score: number }>;
  },
  weights: MatchWeights,
): Promise<void> {
  await DecisionLogModel.create({
    kind: shown.kind,
    shownAt: new Date(),
    userId: user.id,
    userName: user.name,
    role: user.role,
    regionId: user.regionId,
    placeId: shown.placeId ?? null,
    candidateId: shown.candidateId ?? null,
    items: shown.items.map((item, index) => ({ id: item.id, rank: index + 1, score: item.score })),
    weights,
    weightsVersion: weightsVersion(weights),
  });
}

/** Removes what was shown longer ago than the retention period (months); returns how many. */
export async function removeExpiredDecisions(months: number, today = dutchToday()): Promise<number> {
  const before = new Date(`${addMonths(today, -months)}T00:00:00Z`);
  const { deletedCount } = await DecisionLogModel.deleteMany({ shownAt: { $lt: before } });
  return deletedCount;
}

function present(doc: DecisionLogDoc): TDecisionLogEntry {
  return {
    id: String(doc._id),
    kind: doc.kind,
    shownAt: doc.shownAt.toISOString(),
    shownTo: { id: String(doc.userId), name: doc.userName, role: doc.role },
    placeId: doc.placeId ? String(doc.placeId) : null,
    candidateId: doc.candidateId ? String(doc.candidateId) : null,
    items: doc.items.map((i) => ({ id: i.id, rank: i.rank ?? 0, score: i.score ?? 0 })),
    weights: doc.weights as Record<string, number>,
    weightsVersion: doc.weightsVersion,
  };
}

/** The lists shown in the caller's region, newest first, optionally for one place or candidate. */
export async function listDecisions(
  user: SessionUser,
  query: TDecisionLogQuery,
): Promise<{ data: TDecisionLogEntry[]; page: TPageInfo }> {
  const filter: Record<string, unknown> = { regionId: user.regionId ?? null };
  if (query.placeId) filter.placeId = query.placeId;
  if (query.candidateId) filter.candidateId = query.candidateId;
  const { items, page } = await paginate(DecisionLogModel, filter as QueryFilter<DecisionLogDoc>, {
    ...query,
    sort: '-shownAt',
  });
  return { data: (items as DecisionLogDoc[]).map(present), page };
}
