/**
 * Translations that live with their feature (`features/<name>/locales/{nl,en}.json`, each under one
 * top-level key such as "places"). Adding a feature's texts is one import and one entry per language.
 */
type Messages = Record<string, unknown>;

export const FEATURE_LOCALES: { nl: Messages[]; en: Messages[] } = {
  nl: [],
  en: [],
};

export function withFeatureLocales(base: Messages, features: Messages[]): Messages {
  return Object.assign({}, base, ...features);
}
