import { MAIL_DELIVERIES, MAIL_TOPICS } from '@kansplek/api/contract';
import { i18n } from '@/i18n';
import { keysOf } from '@/testing/translation-keys';
import en from './en.json';
import nl from './nl.json';

describe('account translations', () => {
  it('English has exactly the keys of Dutch, under the one top-level key "mailPreferences"', () => {
    expect(Object.keys(nl)).toEqual(['mailPreferences']);
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  const required = [
    ...MAIL_TOPICS.flatMap((topic) =>
      ['label', 'description'].map((part) => `mailPreferences.topics.${topic}.${part}`),
    ),
    ...MAIL_DELIVERIES.map((delivery) => `mailPreferences.deliveries.${delivery}`),
  ];

  it.each(['nl', 'en'])('every mail topic and delivery has a %s text', (lng) => {
    expect(required.filter((key) => !i18n.exists(key, { lng }))).toEqual([]);
  });
});
