import { LOCALES, type TLocale } from '@kansplek/api/contract';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { FEATURE_LOCALES, withFeatureLocales } from './feature-locales';
import nl from './nl.json';

export const DEFAULT_LOCALE: TLocale = 'nl';
const STORAGE_KEY = 'kansplek.locale';

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): TLocale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (privacy settings); Dutch is the default then.
    return DEFAULT_LOCALE;
  }
}

function applyLocale(locale: string): void {
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not being able to remember the choice must not stop the switch itself.
  }
}

export function currentLocale(): TLocale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

export async function changeLocale(locale: TLocale): Promise<void> {
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', applyLocale);

void i18n.use(initReactI18next).init({
  resources: {
    nl: { translation: withFeatureLocales(nl, FEATURE_LOCALES.nl) },
    en: { translation: withFeatureLocales(en, FEATURE_LOCALES.en) },
  },
  lng: readStoredLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES,
  // React escapes output already.
  interpolation: { escapeValue: false },
  initAsync: false,
  // No advertising in the browser console of a government app.
  showSupportNotice: false,
});

export { i18n };
