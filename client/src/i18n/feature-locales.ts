/**
 * Translations that live with their feature (`features/<name>/locales/{nl,en}.json`, each under one
 * top-level key such as "places"). Adding a feature's texts is one import and one entry per language.
 */
import accountEn from '@/features/account/locales/en.json';
import accountNl from '@/features/account/locales/nl.json';
import authEn from '@/features/auth/locales/en.json';
import authNl from '@/features/auth/locales/nl.json';
import candidatesEn from '@/features/candidates/locales/en.json';
import candidatesNl from '@/features/candidates/locales/nl.json';
import contractsEn from '@/features/contracts/locales/en.json';
import effortsEn from '@/features/efforts/locales/en.json';
import effortsNl from '@/features/efforts/locales/nl.json';
import contractsNl from '@/features/contracts/locales/nl.json';
import matchingEn from '@/features/matching/locales/en.json';
import matchingNl from '@/features/matching/locales/nl.json';
import organisationsEn from '@/features/organisations/locales/en.json';
import organisationsNl from '@/features/organisations/locales/nl.json';
import regionsEn from '@/features/regions/locales/en.json';
import regionsNl from '@/features/regions/locales/nl.json';
import placesEn from '@/features/places/locales/en.json';
import placesNl from '@/features/places/locales/nl.json';
import profileEn from '@/features/profile/locales/en.json';
import profileNl from '@/features/profile/locales/nl.json';
import portalEn from '@/features/portal/locales/en.json';
import portalNl from '@/features/portal/locales/nl.json';
import pipelineEn from '@/features/pipeline/locales/en.json';
import pipelineNl from '@/features/pipeline/locales/nl.json';
import reportsEn from '@/features/reports/locales/en.json';
import reportsNl from '@/features/reports/locales/nl.json';
import ruleSetsEn from '@/features/rule-sets/locales/en.json';
import ruleSetsNl from '@/features/rule-sets/locales/nl.json';
import sroiEn from '@/features/sroi/locales/en.json';
import sroiNl from '@/features/sroi/locales/nl.json';

type Messages = Record<string, unknown>;

export const FEATURE_LOCALES: { nl: Messages[]; en: Messages[] } = {
  nl: [
    authNl,
    contractsNl,
    effortsNl,
    ruleSetsNl,
    organisationsNl,
    regionsNl,
    placesNl,
    candidatesNl,
    profileNl,
    matchingNl,
    portalNl,
    pipelineNl,
    sroiNl,
    reportsNl,
    accountNl,
  ],
  en: [
    authEn,
    contractsEn,
    effortsEn,
    ruleSetsEn,
    organisationsEn,
    regionsEn,
    placesEn,
    candidatesEn,
    profileEn,
    matchingEn,
    portalEn,
    pipelineEn,
    sroiEn,
    reportsEn,
    accountEn,
  ],
};

export function withFeatureLocales(base: Messages, features: Messages[]): Messages {
  return Object.assign({}, base, ...features);
}
