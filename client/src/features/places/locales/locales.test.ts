import {
  EDUCATION_LEVELS,
  FIELDS_NEEDED_TO_OPEN,
  LANGUAGE_LEVELS,
  PLACE_KINDS,
  PLACE_SORTS,
  PLACE_STATUSES,
  SECTORS,
  SUPPORT_KINDS,
} from '@kansplek/api/contract';
import { NAV_ITEMS } from '@/config/navigation';
import { i18n } from '@/i18n';
import { keysOf } from '@/testing/translation-keys';
import en from './en.json';
import nl from './nl.json';

describe('place translations', () => {
  it('English has exactly the keys of Dutch, under the one top-level key "places"', () => {
    expect(Object.keys(nl)).toEqual(['places']);
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  const required = [
    ...PLACE_STATUSES.map((s) => `places.statuses.${s}`),
    ...PLACE_KINDS.flatMap((k) => [`places.kinds.${k}`, `places.kindsPlain.${k}`]),
    ...SECTORS.map((s) => `places.sectors.${s}`),
    ...LANGUAGE_LEVELS.flatMap((l) => [`places.dutchLevels.${l}`, `places.dutchLevelsPlain.${l}`]),
    ...EDUCATION_LEVELS.map((l) => `places.educationLevels.${l}`),
    ...SUPPORT_KINDS.flatMap((k) => [`places.support.${k}`, `places.supportPlain.${k}`]),
    ...PLACE_SORTS.map((s) => `places.sorts.${s}`),
    ...FIELDS_NEEDED_TO_OPEN.map((f) => `places.missingFields.${f}`),
    ...['publish', 'resume', 'pause', 'fill', 'close'].flatMap((a) => [
      `places.lifecycle.actions.${a}`,
      `places.lifecycle.done.${a}`,
    ]),
    ...['fill', 'close'].map((a) => `places.lifecycle.confirm.${a}`),
    ...[NAV_ITEMS.ownPlaces, NAV_ITEMS.regionPlaces, NAV_ITEMS.openPlaces].map((item) => item.labelKey),
  ];

  it.each(['nl', 'en'])('every value of the contract that the place screens show has a %s message', (lng) => {
    expect(required.filter((key) => !i18n.exists(key, { lng }))).toEqual([]);
  });
});
