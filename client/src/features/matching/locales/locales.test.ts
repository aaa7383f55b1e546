import {
  DISMISS_REASONS,
  MATCH_CONSTRAINTS,
  MATCH_FACTORS,
  MATCH_STAGES,
  TRAVEL_MODES,
} from '@kansplek/api/contract';
import { i18n } from '@/i18n';
import { keysOf } from '@/testing/translation-keys';
import en from './en.json';
import nl from './nl.json';

describe('matching translations', () => {
  it('English has exactly the keys of Dutch, under the one top-level key "matching"', () => {
    expect(Object.keys(nl)).toEqual(['matching']);
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  const required = [
    ...MATCH_FACTORS.map((f) => `matching.factors.${f}`),
    ...MATCH_STAGES.map((s) => `matching.stages.${s}`),
    ...MATCH_CONSTRAINTS.map((c) => `matching.constraints.${c}`),
    ...DISMISS_REASONS.map((r) => `matching.dismissReasons.${r}`),
    ...TRAVEL_MODES.map((m) => `matching.travelModes.${m}`),
    // BundleSimilarity of search/src/matching/bundles.ts (the contract carries it as a string).
    ...['same_occupation', 'related_occupation', 'same_sector_shared_skills'].map(
      (s) => `matching.bundles.similarities.${s}`,
    ),
  ];

  it.each(['nl', 'en'])(
    'every value of the contract that the matching screens show has a %s message',
    (lng) => {
      expect(required.filter((key) => !i18n.exists(key, { lng }))).toEqual([]);
    },
  );
});
