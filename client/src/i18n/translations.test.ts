import { ERROR_CODES, ORGANISATION_KINDS, ROLES, USER_STATUSES } from '@kansplek/api/contract';
import { NAV_ITEMS } from '@/config/navigation';
import { USER_SORTS } from '@/features/users/components/user-filter-params';
import { keysOf } from '@/testing/translation-keys';
import { i18n } from './index';
import en from './en.json';
import nl from './nl.json';

describe('translations', () => {
  it('English has exactly the keys of Dutch', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('no message is left empty', () => {
    for (const [locale, tree] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      const empty = keysOf(tree).filter((key) => !i18n.getFixedT(locale)(key).trim());
      expect(empty).toEqual([]);
    }
  });

  const required = [
    ...[...ERROR_CODES, 'network_error', 'unexpected_response'].map((code) => `errors.${code}`),
    ...ROLES.map((role) => `roles.${role}`),
    ...ROLES.map((role) => `dashboard.intro.${role}`),
    ...USER_STATUSES.map((status) => `userStatus.${status}`),
    ...ORGANISATION_KINDS.map((kind) => `organisationKinds.${kind}`),
    ...Object.values(NAV_ITEMS).map((item) => item.labelKey),
    ...USER_SORTS.map((sort) => `users.sorts.${sort}`),
  ];

  it.each(['nl', 'en'])('every contract value the UI shows has a %s message', (locale) => {
    const missing = required.filter((key) => !i18n.exists(key, { lng: locale }));
    expect(missing).toEqual([]);
  });

  it('switching the language sets <html lang> and remembers the choice', async () => {
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('kansplek.locale')).toBe('en');
    await i18n.changeLanguage('nl');
    expect(document.documentElement.lang).toBe('nl');
  });
});
