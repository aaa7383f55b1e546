import { fakerNL as faker } from '@faker-js/faker';
import { buildCandidateInput, type CandidateInput } from '../factories/candidates';
import type { ContractTerms } from '../factories/contracts';
import { buildPlaceInput, buildWorkPostcode, type PlaceInput } from '../factories/places';
import { DEMO_COMPANIES, type DemoSector } from './region';

/** Demo dates are relative to the day of the first start, so the demo looks current whenever it runs. */
function isoDay(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface DemoContract {
  municipalityCode: string;
  companyKey: string;
  activate: boolean;
  input: ContractTerms;
}

type ContractRow = [
  municipality: string,
  company: string,
  title: string,
  euros: number,
  percent: number,
  startedDaysAgo: number,
  years: number,
  activate: boolean,
  labourIntensive: boolean,
  groups: string[],
];

const CONTRACTS: ContractRow[] = [
  [
    'GM0202',
    'vanWijk',
    'Herinrichting Rijnkade',
    12_400_000,
    5,
    300,
    3,
    true,
    true,
    ['participatiewet', 'youth_no_qualification'],
  ],
  [
    'GM0202',
    'gelreSchoon',
    'Schoonmaak gemeentelijke gebouwen',
    3_200_000,
    5,
    420,
    2,
    true,
    true,
    ['participatiewet', 'banenafspraak'],
  ],
  [
    'GM0202',
    'rijnBeveiliging',
    'Beveiliging stadhuis en Stadskantoor',
    1_800_000,
    4,
    120,
    3,
    true,
    false,
    ['status_holder'],
  ],
  [
    'GM0299',
    'smaakvol',
    'Catering gemeentehuis en sporthallen',
    900_000,
    3,
    200,
    2,
    true,
    false,
    ['banenafspraak'],
  ],
  ['GM1734', 'facilitair', 'Facilitaire dienstverlening', 4_500_000, 4, 500, 4, true, false, ['over_50']],
  [
    'GM0275',
    'groenwerk',
    'Groenonderhoud wijken en parken',
    2_600_000,
    5,
    640,
    2,
    true,
    true,
    ['participatiewet'],
  ],
  ['GM0226', 'vanWijk', 'Reconstructie Rijksweg', 6_700_000, 2.5, -60, 2, false, true, []],
  [
    'GM1705',
    'groenwerk',
    'Bermbeheer buitengebied',
    1_100_000,
    3,
    90,
    3,
    true,
    true,
    ['youth_no_qualification'],
  ],
];

export interface DemoPlace {
  companyKey: string;
  contractIndex: number | null;
  status: 'draft' | 'open' | 'paused' | 'filled' | 'closed';
  input: PlaceInput;
}

export interface DemoCandidate {
  input: CandidateInput;
  consent: boolean;
  waitingSince: string;
}

export interface DemoRegionData {
  contracts: DemoContract[];
  places: DemoPlace[];
  candidates: DemoCandidate[];
  /** The profile linked to the demo candidate account. */
  accountCandidate: CandidateInput;
}

const SECTOR_OF_COMPANY = Object.fromEntries(DEMO_COMPANIES.map((c) => [c.key, c.sector])) as Record<
  string,
  DemoSector
>;
const PLACE_SECTOR: Partial<Record<DemoSector, string>> = {
  construction: 'construction',
  cleaning: 'cleaning',
  security: 'security',
  catering: 'catering',
  green_maintenance: 'green_maintenance',
  facility_services: 'logistics',
};
const STATUSES: DemoPlace['status'][] = ['open', 'open', 'open', 'open', 'open', 'draft', 'paused', 'filled'];

/**
 * The demo region's contracts, ~40 places and ~300 job seekers, generated from a fixed seed so every
 * fresh start shows the same region.
 */
export function buildDemoRegionData(today = new Date(), candidateCount = 300): DemoRegionData {
  faker.seed(2026);
  const contracts: DemoContract[] = CONTRACTS.map(
    (
      [
        municipalityCode,
        companyKey,
        title,
        euros,
        percent,
        startedDaysAgo,
        years,
        activate,
        labourIntensive,
        groups,
      ],
      i,
    ) => {
      const startDate = isoDay(today, -startedDaysAgo);
      const endDate = isoDay(today, -startedDaysAgo + years * 365);
      return {
        municipalityCode,
        companyKey,
        activate,
        input: {
          title: `${title} ${startDate.slice(0, 4)}–${endDate.slice(0, 4)}`,
          reference: `SROI-${startDate.slice(0, 4)}-${String(101 + i)}`,
          valueCents: euros * 100,
          sroiPercentage: percent,
          startDate,
          endDate,
          realisationDeadline: isoDay(today, -startedDaysAgo + years * 365 + 180),
          labourIntensive,
          preferredTargetGroups: groups,
        },
      };
    },
  );

  const places: DemoPlace[] = [];
  for (const company of DEMO_COMPANIES.filter((c) => c.kind === 'contractor')) {
    const contractIndex = contracts.findIndex((c) => c.companyKey === company.key && c.activate);
    for (let i = 0; i < 7; i += 1) {
      const status = STATUSES[(places.length + i) % STATUSES.length]!;
      const sector = PLACE_SECTOR[SECTOR_OF_COMPANY[company.key]!];
      // Some small places (under 16 hours) of similar work lie close together: material for task bundling.
      const small =
        i === 6 && (sector === 'cleaning' || sector === 'catering' || sector === 'green_maintenance');
      places.push({
        companyKey: company.key,
        contractIndex: contractIndex >= 0 && i % 2 === 0 ? contractIndex : null,
        status,
        input: buildPlaceInput({
          ...(sector ? { sector } : {}),
          ...(small
            ? { hours: { min: 8, max: 12 }, location: { postcode: buildWorkPostcode('GM0202') } }
            : {}),
          startDate: isoDay(today, 14 + ((places.length * 5) % 75)),
        }),
      });
    }
  }

  // Three contractors each need a few hours of cleaning near Arnhem centre: one bundle of 24–36 hours.
  const SMALL_CLEANING: Array<[companyKey: string, title: string, postcode: string]> = [
    ['gelreSchoon', 'Schoonmaker kantine (ochtend)', '6811 AB'],
    ['smaakvol', 'Schoonmaker bedrijfskeuken', '6812 AA'],
    ['vanWijk', 'Schoonmaker bouwketen en kantoor', '6822 AA'],
  ];
  for (const [companyKey, title, postcode] of SMALL_CLEANING) {
    places.push({
      companyKey,
      contractIndex: null,
      status: 'open',
      input: buildPlaceInput({
        kind: 'job',
        title,
        sector: 'cleaning',
        occupation: { iscoCode: '9112', label: 'Schoonmaker kantoren en andere gebouwen' },
        requiredSkills: ['schoonmaken'],
        desirableSkills: ['hygiëne'],
        hours: { min: 8, max: 12 },
        location: { postcode },
        startDate: isoDay(today, 30),
      }),
    });
  }

  const candidates: DemoCandidate[] = Array.from({ length: candidateCount }, (_, i) => ({
    input: buildCandidateInput({ availableFrom: isoDay(today, (i * 7) % 45) }),
    consent: i % 7 !== 0,
    waitingSince: isoDay(today, -((i * 37) % 900) - 10),
  }));

  const accountCandidate = buildCandidateInput({
    firstName: 'Youssef',
    lastName: 'El Amrani',
    email: 'kandidaat@kansplek.nl',
    address: { street: 'Kronenburgpassage', houseNumber: '12', postcode: '6831 EG', city: 'Arnhem' },
    availableFrom: isoDay(today, 0),
    hoursWanted: { min: 24, max: 32 },
    travel: { maxKm: 10, mode: 'bike' },
    preferredSectors: ['cleaning', 'logistics'],
    skills: ['schoonmaken', 'hygiëne', 'orderpicken'],
  });
  return { contracts, places, candidates, accountCandidate };
}
