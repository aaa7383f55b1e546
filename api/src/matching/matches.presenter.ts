import type { TMatch } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { findByIds } from '../database/find-by-id';
import type { MatchDoc } from './matches.model';

/** Matches as consultants see them: the candidate by name (erased candidates show as such). */
export async function presentMatches(matches: MatchDoc[]): Promise<TMatch[]> {
  const candidates = await findByIds(
    CandidateModel,
    matches.map((m) => m.candidateId),
  );
  const nameOf = new Map(candidates.map((c) => [String(c._id), c.fullName ?? '—']));
  return matches.map((m) => ({
    id: String(m._id),
    placeId: String(m.placeId),
    candidate: { id: String(m.candidateId), fullName: nameOf.get(String(m.candidateId)) ?? '—' },
    stage: m.stage,
    source: m.source,
    score: m.score
      ? {
          score: m.score.score,
          distanceKm: m.score.distanceKm,
          reasons: m.score.reasons.map((r) => ({
            factor: r.factor,
            points: r.points,
            maxPoints: r.maxPoints,
            params: (r.params ?? {}) as Record<string, string | number>,
          })),
        }
      : null,
    overriddenConstraints: m.overriddenConstraints as TMatch['overriddenConstraints'],
    dismissal: m.dismissal ? { reason: m.dismissal.reason, note: m.dismissal.note ?? '' } : null,
    timeline: m.timeline.map((entry) => ({
      stage: entry.stage,
      at: entry.at.toISOString(),
      by: { id: String(entry.byId), name: entry.byName },
      note: entry.note ?? '',
    })),
    version: m.version ?? 0,
    createdAt: m.createdAt.toISOString(),
  }));
}

export async function presentMatch(match: MatchDoc): Promise<TMatch> {
  const [presented] = await presentMatches([match]);
  return presented!;
}
