import { CONTRACT_TYPES, EXIT_REASONS } from '@kansplek/api/contract';
import { NAV_ITEMS } from '@/config/navigation';
import { i18n } from '@/i18n';
import { keysOf } from '@/testing/translation-keys';
import { RATINGS } from '../components/check-in-form';
import { EXIT_MOVES, SIMPLE_MOVES } from '../components/match-steps';
import en from './en.json';
import nl from './nl.json';

describe('pipeline translations', () => {
  it('English has exactly the keys of Dutch, under the one top-level key "pipeline"', () => {
    expect(Object.keys(nl)).toEqual(['pipeline']);
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  const required = [
    NAV_ITEMS.matches.labelKey,
    ...EXIT_REASONS.map((r) => `pipeline.exitReasons.${r}`),
    ...CONTRACT_TYPES.map((c) => `pipeline.contractTypes.${c}`),
    ...[...SIMPLE_MOVES, ...EXIT_MOVES].map((m) => `pipeline.moves.${m}`),
    ...EXIT_MOVES.flatMap((m) => ['title', 'intro', 'confirm'].map((k) => `pipeline.exit.${m}.${k}`)),
    ...RATINGS.map((r) => `pipeline.checkIn.ratings.${r}`),
    ...['hired', 'extended', 'stopped'].flatMap((o) => [
      `pipeline.outcome.choices.${o}`,
      `pipeline.outcome.done.${o}`,
    ]),
    ...['consultant', 'candidate'].flatMap((who) =>
      ['title', 'question', 'yes', 'no', 'submit'].map((k) => `pipeline.consent.${who}.${k}`),
    ),
  ];

  it.each(['nl', 'en'])(
    'every value of the contract that the pipeline screens show has a %s message',
    (lng) => {
      expect(required.filter((key) => !i18n.exists(key, { lng }))).toEqual([]);
    },
  );
});
