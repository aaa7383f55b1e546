import { fakerNL as faker } from '@faker-js/faker';
import { nextSequence } from './sequence';

/** What a contract agrees on, without its parties (value in euro cents, percentage as a number). */
export interface ContractTerms {
  title: string;
  reference: string;
  valueCents: number;
  sroiPercentage: number;
  startDate: string;
  endDate: string;
  realisationDeadline: string;
  labourIntensive: boolean;
  preferredTargetGroups: string[];
}

/** A create-contract request body as the API takes it. */
export interface ContractInputData extends ContractTerms {
  municipalityId: string;
  contractorId: string;
}

// Typical municipal tenders with social return; `labourIntensive` marks work with many hands on site.
const TENDERS: Array<{ title: string; labourIntensive: boolean }> = [
  { title: 'Onderhoud openbare ruimte', labourIntensive: true },
  { title: 'Groenonderhoud wijken en parken', labourIntensive: true },
  { title: 'Schoonmaak gemeentelijke gebouwen', labourIntensive: true },
  { title: 'Vervanging riolering binnenstad', labourIntensive: true },
  { title: 'Renovatie sporthal', labourIntensive: true },
  { title: 'Nieuwbouw integraal kindcentrum', labourIntensive: true },
  { title: 'Beveiliging stadhuis en stadskantoor', labourIntensive: false },
  { title: 'Catering gemeentelijke locaties', labourIntensive: false },
  { title: 'Leerlingenvervoer', labourIntensive: false },
  { title: 'ICT-werkplekbeheer', labourIntensive: false },
];

const TARGET_GROUP_CHOICES = [
  'participatiewet',
  'banenafspraak',
  'status_holder',
  'youth_no_qualification',
  'over_50',
];

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months in UTC (dates only, so no time zone can shift the day). */
function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/**
 * A valid create-contract body: a realistic Dutch tender title ("Onderhoud openbare ruimte 2026–2029"),
 * a value of €200k to €20M, 2 to 5 % social return, a term of one to four years and a realisation
 * deadline six months after the end. The parties come from the caller (they must exist).
 */
export function buildContractInput(
  overrides: Partial<ContractInputData> & Pick<ContractInputData, 'municipalityId' | 'contractorId'>,
): ContractInputData {
  const n = nextSequence();
  const tender = faker.helpers.arrayElement(TENDERS);
  const years = faker.number.int({ min: 1, max: 4 });
  const start = new Date(
    Date.UTC(faker.number.int({ min: 2026, max: 2027 }), faker.number.int({ min: 0, max: 11 }), 1),
  );
  const end = new Date(addMonths(start, years * 12).getTime() - 24 * 60 * 60 * 1000);
  return {
    title: `${tender.title} ${start.getUTCFullYear()}–${end.getUTCFullYear()}`,
    reference: `SROI-${start.getUTCFullYear()}-${String(n).padStart(4, '0')}`,
    // Whole euros between €200,000 and €20,000,000, in cents.
    valueCents: faker.number.int({ min: 200_000, max: 20_000_000 }) * 100,
    // 2 to 5 % in steps of a quarter percent.
    sroiPercentage: faker.number.int({ min: 8, max: 20 }) / 4,
    startDate: isoDate(start),
    endDate: isoDate(end),
    realisationDeadline: isoDate(addMonths(end, 6)),
    labourIntensive: tender.labourIntensive,
    preferredTargetGroups: faker.helpers.arrayElements(TARGET_GROUP_CHOICES, { min: 0, max: 2 }),
    ...overrides,
  };
}
