import { MATCH_STAGES } from '@kansplek/api/contract';
import { i18n } from '@/i18n';
import { keysOf } from '@/testing/translation-keys';
import { CANDIDATE_WITHDRAW_REASONS } from '../components/withdraw-dialog';
import en from './en.json';
import nl from './nl.json';

describe('portal translations', () => {
  it('English has exactly the keys of Dutch, under the one top-level key "portal"', () => {
    expect(Object.keys(nl)).toEqual(['portal']);
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  // Every stage a candidate can see has a story; declined and withdrawn tell who ended the match.
  const required = [
    ...MATCH_STAGES.flatMap((stage) =>
      stage === 'declined' || stage === 'withdrawn'
        ? ['selfStatus', 'self', 'otherStatus', 'other'].map((part) => `portal.stages.${stage}.${part}`)
        : [`portal.stages.${stage}.status`],
    ),
    ...CANDIDATE_WITHDRAW_REASONS.map((reason) => `portal.withdraw.reasons.${reason}`),
  ];

  it.each(['nl', 'en'])('every stage and withdrawal reason the portal shows has a %s message', (lng) => {
    expect(required.filter((key) => !i18n.exists(key, { lng }))).toEqual([]);
  });
});
