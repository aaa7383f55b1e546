import type { IndexDefinition } from './engine';

/** Job words that mean the same to job seekers and consultants (each group is searched as one). */
export const DUTCH_JOB_SYNONYMS: Record<string, string[]> = {
  schoonmaak: ['schoonmaken', 'schoonmaker', 'reiniging', 'interieurverzorging', 'cleaning'],
  beveiliging: ['beveiliger', 'security', 'toezicht', 'bewaking'],
  horeca: ['catering', 'keuken', 'bediening'],
  kok: ['koken', 'keukenmedewerker'],
  bouw: ['bouwplaats', 'constructie', 'bouwvakker'],
  timmerman: ['timmeren', 'timmerwerk'],
  groen: ['groenonderhoud', 'groenvoorziening', 'hovenier', 'tuinman'],
  magazijn: ['logistiek', 'orderpicker', 'orderpicken', 'warehouse'],
  heftruck: ['vorkheftruck', 'reachtruck'],
  facilitair: ['facility', 'huismeester', 'conciërge'],
  chauffeur: ['bezorger', 'koerier'],
};

/**
 * Candidates, as consultants search them. Sensitive fields (target groups, support needs) are in the
 * document for filtering and matching only; the API's presenters decide what leaves the server. Birth
 * and benefit dates, which matching does not filter on, are not in it: valuation reads them from MongoDB.
 */
export const CANDIDATES_INDEX: IndexDefinition = {
  name: 'candidates',
  // 2: priorityReplacement added (a candidate back in the pool after employment ended early).
  // 3: benefitSince and birthDate added (a contract's pipeline is valued from the index).
  // 4: benefitSince and birthDate removed again (valuation reads them from MongoDB).
  version: 4,
  searchable: ['fullName', 'skills', 'occupationLabels'],
  filterable: [
    'regionId',
    'status',
    'municipalityCode',
    'consultantId',
    'availableFromDay',
    'hoursMin',
    'hoursMax',
    'drivingLicence',
    'dutchLevelRank',
    'educationRank',
    'targetGroups',
    'consentMatching',
    'inTrialOrEmployed',
    'occupations',
    'skills',
    'travelMode',
  ],
  sortable: ['sortName', 'waitingSinceDay', 'availableFromDay'],
  synonyms: DUTCH_JOB_SYNONYMS,
};

/** Places, as candidates and consultants search them and as matching retrieves them. */
export const PLACES_INDEX: IndexDefinition = {
  name: 'places',
  // 2: contractorDisplacementFlagged and preferredTargetGroups added.
  version: 2,
  searchable: [
    'title',
    'occupationLabel',
    'requiredSkills',
    'desirableSkills',
    'contractorName',
    'description',
  ],
  filterable: [
    'regionId',
    'status',
    'kind',
    'sector',
    'contractorId',
    'hoursMin',
    'hoursMax',
    'startDay',
    'requiresDrivingLicence',
    'minDutchLevelRank',
    'minEducationRank',
    'municipalityCode',
    'bundled',
  ],
  sortable: ['startDay', 'title', 'hoursMax'],
  synonyms: DUTCH_JOB_SYNONYMS,
};

/** The `YYYY-MM-DD` date of an epoch day. */
export function fromEpochDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date: dates as numbers, so every engine can filter ranges. */
export function epochDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
