import type { GeoPoint } from '../engine';
import { distanceKm } from '../geo';

/** A small place that could be part of a bundle (task bundling, *jobcarving* across employers). */
export interface BundlePart {
  id: string;
  contractorId: string;
  location: GeoPoint;
  hours: { min: number; max: number };
  iscoCode: string | null;
  sector: string | null;
  skills: string[];
}

export type BundleSimilarity = 'same_occupation' | 'related_occupation' | 'same_sector_shared_skills';

export interface BundleSuggestion {
  partIds: string[];
  /** The hours a week the parts can add up to, within the target job size. */
  hours: { min: number; max: number };
  /** The largest distance between two parts (km, straight line). */
  spreadKm: number;
  /** The loosest similarity between any two parts. */
  similarity: BundleSimilarity;
}

export const BUNDLE_RULES = {
  /** Places under this many hours a week are small enough to bundle. */
  smallBelowHours: 16,
  /** Together the parts make a job of this size. */
  targetHours: { min: 24, max: 38 },
  /** Every two parts lie at most this far apart, so one person can work at all of them. */
  maxSpreadKm: 10,
  maxParts: 4,
} as const;

const RANK: Record<BundleSimilarity, number> = {
  same_occupation: 0,
  related_occupation: 1,
  same_sector_shared_skills: 2,
};

/** How alike two places' work is: same ISCO unit group, same minor group, or same sector with a skill in common. */
export function similarityOf(a: BundlePart, b: BundlePart): BundleSimilarity | null {
  if (a.iscoCode && b.iscoCode) {
    if (a.iscoCode === b.iscoCode) return 'same_occupation';
    if (a.iscoCode.slice(0, 3) === b.iscoCode.slice(0, 3)) return 'related_occupation';
  }
  if (a.sector && a.sector === b.sector) {
    const skills = new Set(a.skills.map((s) => s.toLowerCase()));
    if (b.skills.some((s) => skills.has(s.toLowerCase()))) return 'same_sector_shared_skills';
  }
  return null;
}

/** The hours the parts can add up to, clipped to the target; null when no choice of hours reaches it. */
export function combinedHours(parts: BundlePart[]): { min: number; max: number } | null {
  const min = total(parts, 'min');
  const max = total(parts, 'max');
  const { targetHours } = BUNDLE_RULES;
  if (max < targetHours.min || min > targetHours.max) return null;
  return { min: Math.max(min, targetHours.min), max: Math.min(max, targetHours.max) };
}

const total = (parts: BundlePart[], bound: 'min' | 'max') =>
  parts.reduce((sum, p) => sum + p.hours[bound], 0);

const loosest = (a: BundleSimilarity, b: BundleSimilarity) => (RANK[a] >= RANK[b] ? a : b);

/** Whether `candidate` can join `group`: another contractor, similar work and close to every part. */
function joinable(group: BundlePart[], candidate: BundlePart): BundleSimilarity | null {
  let similarity: BundleSimilarity = 'same_occupation';
  for (const part of group) {
    if (part.contractorId === candidate.contractorId) return null;
    if (distanceKm(part.location, candidate.location) > BUNDLE_RULES.maxSpreadKm) return null;
    const alike = similarityOf(part, candidate);
    if (!alike) return null;
    similarity = loosest(similarity, alike);
  }
  return similarity;
}

function spreadOf(parts: BundlePart[]): number {
  let spread = 0;
  for (const a of parts) for (const b of parts) spread = Math.max(spread, distanceKm(a.location, b.location));
  return Math.round(spread * 10) / 10;
}

/**
 * Suggests bundles of small places: from each place, grow a group by adding the nearest place that
 * fits (another contractor, similar work, close to every part) until the hours reach a job of 24–38.
 * Greedy rather than exhaustive: a region has a few hundred small places, and a consultant wants a
 * short list of good bundles, not every combination. Best first: fewest parts, closest together.
 */
export function suggestBundles(places: BundlePart[]): BundleSuggestion[] {
  const small = places.filter((p) => p.hours.max < BUNDLE_RULES.smallBelowHours);
  const seen = new Set<string>();
  const suggestions: BundleSuggestion[] = [];
  for (const seed of small) {
    const group = [seed];
    let similarity: BundleSimilarity = 'same_occupation';
    const others = small
      .filter((p) => p.id !== seed.id)
      .sort((a, b) => distanceKm(seed.location, a.location) - distanceKm(seed.location, b.location));
    for (const next of others) {
      if (group.length >= BUNDLE_RULES.maxParts) break;
      if (total(group, 'max') >= BUNDLE_RULES.targetHours.min) break;
      const alike = joinable(group, next);
      // Never past a full-time job, even at everyone's fewest hours.
      if (!alike || total(group, 'min') + next.hours.min > BUNDLE_RULES.targetHours.max) continue;
      group.push(next);
      similarity = loosest(similarity, alike);
    }
    const hours = group.length > 1 ? combinedHours(group) : null;
    if (!hours) continue;
    const key = group
      .map((p) => p.id)
      .sort()
      .join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push({ partIds: group.map((p) => p.id), hours, spreadKm: spreadOf(group), similarity });
  }
  return suggestions.sort(
    (a, b) =>
      a.partIds.length - b.partIds.length ||
      RANK[a.similarity] - RANK[b.similarity] ||
      a.spreadKm - b.spreadKm ||
      a.partIds.join().localeCompare(b.partIds.join()),
  );
}
