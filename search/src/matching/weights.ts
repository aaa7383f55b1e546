import type { FactorCode } from './types';

/** Points each factor can contribute (they add up to 100). Configuration, not literals in the scoring code. */
export type MatchWeights = Record<FactorCode, number>;

export const DEFAULT_WEIGHTS: MatchWeights = {
  skills: 30,
  occupation: 15,
  distance: 15,
  hours: 10,
  preferences: 8,
  waiting: 10,
  support: 7,
  target_group: 5,
};

/** Detour factor from straight-line to travelled distance, per travel mode. */
export const DETOUR_FACTOR: Record<string, number> = {
  walk: 1.25,
  bike: 1.25,
  public_transport: 1.4,
  car: 1.3,
};

/** Waiting time at which the fairness factor is full (months). */
export const WAITING_FULL_AT_MONTHS = 24;

/** Parses weights from configuration (JSON), filling in defaults and refusing unknown or negative entries. */
export function parseWeights(json: string | undefined): MatchWeights {
  if (!json) return DEFAULT_WEIGHTS;
  const given = JSON.parse(json) as Record<string, unknown>;
  const weights = { ...DEFAULT_WEIGHTS };
  for (const [key, value] of Object.entries(given)) {
    if (!(key in DEFAULT_WEIGHTS)) throw new Error(`Unknown matching factor "${key}"`);
    if (typeof value !== 'number' || value < 0) throw new Error(`Weight of "${key}" must be a number ≥ 0`);
    weights[key as keyof MatchWeights] = value;
  }
  return weights;
}
