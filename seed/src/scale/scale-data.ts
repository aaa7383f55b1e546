import { fakerNL as faker } from '@faker-js/faker';
import { buildCandidateInput, DEMO_SECTOR_PROFILES, type CandidateInput } from '../factories/candidates';
import type { ContractTerms } from '../factories/contracts';
import { buildPlaceInput, buildWorkPostcode, PLACE_TEMPLATES, type PlaceInput } from '../factories/places';
import { DEMO_MUNICIPALITIES } from '../demo/region';

/**
 * Large synthetic regions for benchmarks (`npm run seed -- --candidates 100000 --places 10000`).
 * Every record is a pure function of (seed, kind, index, today): the same arguments give the same
 * record however the run is batched or resumed.
 */
export interface ScaleOptions {
  seed: number;
  /** Dates (availability, start dates, waiting time) are relative to this day. */
  today: Date;
}

export type ScaleCandidateStatus = 'active' | 'in_process' | 'placed' | 'inactive';
export type ScalePlaceStatus = 'draft' | 'open' | 'paused' | 'filled' | 'closed';

export interface ScaleCandidate {
  input: CandidateInput;
  status: ScaleCandidateStatus;
  consentMatching: boolean;
  consentSharing: boolean;
  waitingSince: string;
}

export interface ScaleCompany {
  name: string;
  kvkNumber: string;
  address: { street: string; houseNumber: string; postcode: string };
  /** The SROI contract the company holds with one of the region's municipalities. */
  contract: ContractTerms & { municipalityCode: string };
}

export interface ScalePlace {
  input: PlaceInput;
  status: ScalePlaceStatus;
  companyIndex: number;
  /** Counts for the company's contract (most places do). */
  withContract: boolean;
}

/** One contractor per 50 places, as in a region where a few hundred companies hold SROI contracts. */
export const PLACES_PER_COMPANY = 50;
export const scaleCompanyCount = (places: number) => Math.max(1, Math.ceil(places / PLACES_PER_COMPANY));

const RECORD_KIND = { candidate: 1, company: 2, place: 3 } as const;
const REGION_MUNICIPALITIES = DEMO_MUNICIPALITIES.map((m) => m.code).filter((code) => code !== 'GM0277');
const COMPANY_WORDS = ['Bouw', 'Schoonmaak', 'Facilitair', 'Groen', 'Catering', 'Logistiek', 'Infra'];
const CONTRACT_WORDS = ['Onderhoud', 'Schoonmaak', 'Reconstructie', 'Beveiliging', 'Catering', 'Groenbeheer'];
const TARGET_GROUP_CHOICES = [['participatiewet'], ['banenafspraak'], ['status_holder'], ['over_50'], []];

function isoDay(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Seeds the shared faker for one record, so the factories it calls become deterministic too. */
function seedRecord(options: ScaleOptions, kind: keyof typeof RECORD_KIND, index: number): void {
  faker.seed([options.seed, RECORD_KIND[kind], index]);
  faker.setDefaultRefDate(options.today);
}

function weighted<T>(choices: Array<[T, number]>): T {
  return faker.helpers.weightedArrayElement(choices.map(([value, weight]) => ({ value, weight })));
}

/** A job seeker: mostly active and consenting to matching; a quarter have worked in a second sector. */
export function buildScaleCandidate(index: number, options: ScaleOptions): ScaleCandidate {
  seedRecord(options, 'candidate', index);
  const input = buildCandidateInput({ availableFrom: isoDay(options.today, faker.number.int(60)) });
  if (faker.number.float() < 0.25) {
    const second = faker.helpers.objectValue(DEMO_SECTOR_PROFILES);
    const occupation = faker.helpers.arrayElement(second.occupations);
    input.skills = [...new Set([...(input.skills ?? []), ...faker.helpers.arrayElements(second.skills, 2)])];
    input.occupations = [...(input.occupations ?? []), occupation];
  }
  const consentMatching = faker.number.float() < 0.85;
  const status = weighted<ScaleCandidateStatus>([
    ['active', 80],
    ['in_process', 10],
    ['placed', 5],
    ['inactive', 5],
  ]);
  const consentSharing = consentMatching && faker.number.float() < 0.8;
  // Introduced, in a trial or employed: only with consent to matching and to sharing the profile.
  const introduced = status === 'in_process' || status === 'placed';
  return {
    input,
    status,
    consentMatching: consentMatching || introduced,
    consentSharing: consentSharing || introduced,
    waitingSince: isoDay(options.today, -faker.number.int({ min: 10, max: 1100 })),
  };
}

/** A contractor with one active SROI contract with a municipality of the region. */
export function buildScaleCompany(index: number, options: ScaleOptions): ScaleCompany {
  seedRecord(options, 'company', index);
  const municipalityCode = faker.helpers.arrayElement(REGION_MUNICIPALITIES);
  const startedDaysAgo = faker.number.int({ min: 30, max: 700 });
  const years = faker.helpers.arrayElement([2, 3, 4]);
  const startDate = isoDay(options.today, -startedDaysAgo);
  return {
    name: `${faker.person.lastName()} ${faker.helpers.arrayElement(COMPANY_WORDS)} B.V.`,
    // 8 digits, starting with 8: never one of the demo companies' numbers (09…).
    kvkNumber: `8${String(index).padStart(7, '0')}`,
    address: {
      street: faker.location.street(),
      houseNumber: String(faker.number.int({ min: 1, max: 300 })),
      postcode: buildWorkPostcode(municipalityCode),
    },
    contract: {
      municipalityCode,
      title: `${faker.helpers.arrayElement(CONTRACT_WORDS)} ${faker.location.street()} ${startDate.slice(0, 4)}`,
      reference: `SROI-SCALE-${String(index + 1).padStart(6, '0')}`,
      valueCents: faker.number.int({ min: 200, max: 20_000 }) * 100_000,
      sroiPercentage: faker.helpers.arrayElement([2, 2.5, 3, 4, 5]),
      startDate,
      endDate: isoDay(options.today, -startedDaysAgo + years * 365),
      realisationDeadline: isoDay(options.today, -startedDaysAgo + years * 365 + 180),
      labourIntensive: faker.datatype.boolean(),
      preferredTargetGroups: faker.helpers.arrayElement(TARGET_GROUP_CHOICES),
    },
  };
}

/** A place from one of the templates, somewhere in the region; three in four are open. */
export function buildScalePlace(index: number, companyCount: number, options: ScaleOptions): ScalePlace {
  seedRecord(options, 'place', index);
  const template = faker.helpers.arrayElement(PLACE_TEMPLATES);
  const shift = faker.helpers.arrayElement([-4, 0, 0, 0, 4]);
  const min = Math.max(4, template.hours[0] + shift);
  const max = Math.min(40, Math.max(min, template.hours[1] + shift));
  const status = weighted<ScalePlaceStatus>([
    ['open', 75],
    ['draft', 10],
    ['paused', 5],
    ['filled', 5],
    ['closed', 5],
  ]);
  const input = buildPlaceInput({
    kind: template.kind,
    title: template.title,
    description: template.description,
    occupation: { iscoCode: template.isco[0], label: template.isco[1] },
    sector: template.sector,
    requiredSkills: [...template.required],
    desirableSkills: [...template.desirable],
    hours: { min, max },
    startDate: isoDay(options.today, faker.number.int({ min: 0, max: 90 })),
    durationMonths: template.kind === 'apprenticeship' ? 24 : template.kind === 'job' ? null : 6,
    positions: faker.number.int({ min: 1, max: 3 }),
    requirements: {
      drivingLicence: template.drivingLicence ?? false,
      dutchLevel: template.dutchLevel,
      educationLevel: template.educationLevel ?? null,
    },
    support: [...template.support],
  });
  return {
    input,
    status,
    companyIndex: faker.number.int(companyCount - 1),
    withContract: faker.number.float() < 0.7,
  };
}
