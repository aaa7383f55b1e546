import { fakerNL as faker } from '@faker-js/faker';
import { postcodeAreasOf } from '../demo/postcode-areas';

type Sector =
  | 'cleaning'
  | 'security'
  | 'catering'
  | 'construction'
  | 'facility_services'
  | 'green_maintenance'
  | 'logistics';

interface SectorProfile {
  skills: string[];
  occupations: Array<{ iscoCode: string; label: string }>;
  employers: string[];
}

/** Skills and ISCO-08 occupations that fit the demo sectors, as a consultant would record them. */
export const DEMO_SECTOR_PROFILES: Record<Sector, SectorProfile> = {
  cleaning: {
    skills: ['schoonmaken', 'interieurverzorging', 'glazenwassen', 'hygiëne', 'schrobmachine'],
    occupations: [
      { iscoCode: '9112', label: 'Schoonmaker kantoren en hotels' },
      { iscoCode: '9123', label: 'Glazenwasser' },
    ],
    employers: ['CSU', 'Hago', 'Asito'],
  },
  security: {
    skills: ['toegangscontrole', 'surveillance', 'bhv', 'klantvriendelijkheid', 'rapporteren'],
    occupations: [{ iscoCode: '5414', label: 'Beveiliger' }],
    employers: ['Trigion', 'G4S', 'Securitas'],
  },
  catering: {
    skills: ['koken', 'afwassen', 'haccp', 'bediening', 'kassa'],
    occupations: [
      { iscoCode: '9412', label: 'Keukenhulp' },
      { iscoCode: '5120', label: 'Kok' },
      { iscoCode: '5131', label: 'Medewerker bediening' },
    ],
    employers: ['Sodexo', 'Albron', 'Eetcafé De Waag'],
  },
  construction: {
    skills: ['vca', 'grondwerk', 'metselen', 'timmeren', 'stratenmaken'],
    occupations: [
      { iscoCode: '9313', label: 'Bouwplaatsmedewerker' },
      { iscoCode: '9312', label: 'Grondwerker' },
      { iscoCode: '7112', label: 'Metselaar' },
    ],
    employers: ['Heijmans', 'BAM', 'Van Wijk Bouw & Infra'],
  },
  facility_services: {
    skills: ['postverwerking', 'receptie', 'kleine reparaties', 'vergaderzalen klaarzetten'],
    occupations: [
      { iscoCode: '5153', label: 'Huismeester / conciërge' },
      { iscoCode: '9621', label: 'Bode / koerier' },
    ],
    employers: ['ISS', 'Facilicom', 'Gemeente Arnhem'],
  },
  green_maintenance: {
    skills: ['snoeien', 'maaien', 'bosmaaier', 'beplanting', 'onkruidbestrijding'],
    occupations: [
      { iscoCode: '9214', label: 'Medewerker groenvoorziening' },
      { iscoCode: '6113', label: 'Hovenier' },
    ],
    employers: ['Gemeente Arnhem', 'Hoveniersbedrijf Jansen', 'Sallcon'],
  },
  logistics: {
    skills: ['orderpicken', 'heftruck', 'reachtruck', 'scanner', 'laden en lossen'],
    occupations: [
      { iscoCode: '9333', label: 'Magazijnmedewerker' },
      { iscoCode: '8344', label: 'Heftruckchauffeur' },
    ],
    employers: ['PostNL', 'Bol.com', 'Kuehne+Nagel'],
  },
};

const SECTORS = Object.keys(DEMO_SECTOR_PROFILES) as Sector[];
const DEMO_MUNICIPALITIES = ['GM0202', 'GM0275', 'GM1734', 'GM1705', 'GM0226', 'GM0293', 'GM0299'];
const TRAVEL_MODES = ['walk', 'bike', 'public_transport', 'car'] as const;
const TRAVEL_KM = { walk: 3, bike: 10, public_transport: 25, car: 40 } as const;
const TARGET_GROUPS = ['participatiewet', 'banenafspraak', 'ww', 'nug', 'status_holder', 'over_50'] as const;
const BENEFIT_FOR_GROUP = {
  participatiewet: 'participatiewet',
  banenafspraak: 'wajong',
  ww: 'ww',
  nug: 'none',
  status_holder: 'participatiewet',
  over_50: 'ww',
} as const;

/** The create body of `POST /api/candidates`; fields not set by the factory keep the API's defaults. */
export interface CandidateInput {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  address: { street?: string; houseNumber?: string; postcode: string; city?: string };
  consultantId?: string;
  skills?: string[];
  occupations?: Array<{ iscoCode: string; label: string }>;
  workExperience?: Array<{
    title: string;
    employer: string;
    iscoCode?: string | null;
    from: string;
    to?: string | null;
    description?: string | null;
  }>;
  education?: Array<{ level: string; programme: string; completed: boolean; year?: number | null }>;
  educationLevel: string;
  dutchLevel: string;
  drivingLicence: boolean;
  hoursWanted: { min: number; max: number };
  availableFrom: string;
  travel: { maxKm: number; mode: (typeof TRAVEL_MODES)[number] };
  preferredSectors?: string[];
  preferredPlaceKinds?: string[];
  cvSummary?: string | null;
  targetGroups?: string[];
  benefitType?: string;
  benefitSince?: string | null;
  birthDate?: string | null;
  supportNeeds?: string[];
  supportNote?: string | null;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A date of birth that fits the target group (50 to 63 for over_50, else 18 to 49), derived from the
 * name instead of drawn from faker, so adding it left every other seeded demo value as it was.
 */
function birthDateFor(name: string, targetGroup: string): string {
  const hash = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const age = targetGroup === 'over_50' ? 50 + (hash % 14) : 18 + (hash % 32);
  const today = new Date();
  const born = new Date(Date.UTC(today.getUTCFullYear() - age - 1, hash % 12, 1 + (hash % 28)));
  return isoDate(born);
}

/** A plausible job seeker from the demo region (Midden-Gelderland), valid for `POST /api/candidates`. */
export function buildCandidateInput(overrides: Partial<CandidateInput> = {}): CandidateInput {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const sector = faker.helpers.arrayElement(SECTORS);
  const profile = DEMO_SECTOR_PROFILES[sector];
  const pc4 = faker.helpers.arrayElement(postcodeAreasOf(faker.helpers.arrayElement(DEMO_MUNICIPALITIES)));
  const postcode = `${pc4} ${faker.helpers.arrayElement(['AB', 'CD', 'EG', 'HK', 'LM', 'PR', 'TV'])}`;
  const mode = faker.helpers.arrayElement(TRAVEL_MODES);
  const min = faker.helpers.arrayElement([8, 16, 20, 24]);
  const targetGroup = faker.helpers.arrayElement(TARGET_GROUPS);
  const workedFrom = faker.date.past({ years: 8 });
  const workedTo = faker.date.between({ from: workedFrom, to: new Date() });
  const occupation = faker.helpers.arrayElement(profile.occupations);
  return {
    firstName,
    lastName,
    email: `${firstName}.${lastName}.${faker.string.alphanumeric(6)}@example.nl`
      .toLowerCase()
      .replace(/[^a-z0-9.@]/g, ''),
    phone: `06 ${faker.string.numeric(8)}`,
    address: {
      street: faker.location.street(),
      houseNumber: String(faker.number.int({ min: 1, max: 250 })),
      postcode,
    },
    skills: faker.helpers.arrayElements(profile.skills, { min: 2, max: 4 }),
    occupations: [occupation],
    workExperience: [
      {
        title: occupation.label,
        employer: faker.helpers.arrayElement(profile.employers),
        iscoCode: occupation.iscoCode,
        from: isoDate(workedFrom),
        to: isoDate(workedTo),
        description: null,
      },
    ],
    education: [{ level: 'mbo2', programme: 'Entree-opleiding', completed: faker.datatype.boolean() }],
    educationLevel: faker.helpers.arrayElement(['primary', 'vmbo', 'mbo1', 'mbo2']),
    dutchLevel: faker.helpers.arrayElement(['A2', 'B1', 'B2', 'C1']),
    drivingLicence: mode === 'car',
    hoursWanted: { min, max: Math.min(40, min + faker.helpers.arrayElement([0, 8, 16])) },
    availableFrom: isoDate(faker.date.soon({ days: 60 })),
    travel: { maxKm: TRAVEL_KM[mode], mode },
    preferredSectors: [sector],
    preferredPlaceKinds: faker.helpers.arrayElements(['job', 'work_experience', 'apprenticeship'], {
      min: 1,
      max: 2,
    }),
    cvSummary: `Gemotiveerde kracht met ervaring in ${profile.skills[0]}; zoekt werk in de regio.`,
    targetGroups: [targetGroup],
    benefitType: BENEFIT_FOR_GROUP[targetGroup],
    benefitSince: BENEFIT_FOR_GROUP[targetGroup] === 'none' ? null : isoDate(faker.date.past({ years: 4 })),
    birthDate: birthDateFor(`${firstName} ${lastName}`, targetGroup),
    supportNeeds: faker.helpers.arrayElements(['job_coach', 'training', 'language_support'], {
      min: 0,
      max: 2,
    }),
    supportNote: null,
    ...overrides,
  };
}
