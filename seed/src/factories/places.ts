import { fakerNL as faker } from '@faker-js/faker';
import { postcodeAreasOf } from '../demo/postcode-areas';
import { nextSequence } from './sequence';

type PlaceKind = 'job' | 'internship' | 'work_experience' | 'apprenticeship';
type SupportKind = 'job_coach' | 'buddy' | 'training' | 'adapted_workplace' | 'language_support';

/** The body of `POST /api/places` (see ZCreatePlace in the API contract). */
export interface PlaceInput {
  contractorId?: string;
  contractId?: string | null;
  kind: PlaceKind;
  title: string;
  description: string;
  occupation: { iscoCode: string; label: string } | null;
  sector: string | null;
  requiredSkills: string[];
  desirableSkills: string[];
  hours: { min: number; max: number } | null;
  location: { street?: string; houseNumber?: string; postcode: string; city?: string } | null;
  startDate: string | null;
  durationMonths: number | null;
  positions: number;
  requirements: {
    drivingLicence: boolean;
    dutchLevel: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | null;
    educationLevel: string | null;
  };
  support: SupportKind[];
}

interface PlaceTemplate {
  sector: string;
  kind: PlaceKind;
  title: string;
  isco: [code: string, label: string];
  required: string[];
  desirable: string[];
  hours: [min: number, max: number];
  dutchLevel: PlaceInput['requirements']['dutchLevel'];
  drivingLicence?: boolean;
  educationLevel?: string;
  support: SupportKind[];
  description: string;
}

/** Work that SROI contractors really offer, with its ISCO-08 unit group. */
export const PLACE_TEMPLATES: readonly PlaceTemplate[] = [
  {
    sector: 'cleaning',
    kind: 'job',
    title: 'Schoonmaker kantoren',
    isco: ['9112', 'Schoonmaker kantoren en andere gebouwen'],
    required: ['schoonmaken', 'hygiëne'],
    desirable: ['zelfstandig werken'],
    hours: [12, 24],
    dutchLevel: 'A2',
    support: ['job_coach', 'training'],
    description: 'Je maakt kantoren schoon in de vroege ochtend of avond, samen met een vaste collega.',
  },
  {
    sector: 'security',
    kind: 'job',
    title: 'Beveiliger evenementen',
    isco: ['5414', 'Beveiliger'],
    required: ['toezicht houden', 'klantvriendelijkheid'],
    desirable: ['rapporteren', 'ehbo'],
    hours: [16, 32],
    dutchLevel: 'B1',
    support: ['training', 'buddy'],
    description:
      'Je houdt toezicht bij concerten en markten. De opleiding tot beveiliger (diploma 2) krijg je van ons.',
  },
  {
    sector: 'construction',
    kind: 'apprenticeship',
    title: 'Leerling timmerman (BBL)',
    isco: ['7115', 'Timmerman'],
    required: ['timmeren', 'veilig werken'],
    desirable: ['maatvoering', 'tekening lezen'],
    hours: [32, 38],
    dutchLevel: 'A2',
    educationLevel: 'vmbo',
    support: ['job_coach', 'training'],
    description: 'Vier dagen werken op de bouw en één dag naar school: zo haal je je diploma timmerman.',
  },
  {
    sector: 'green_maintenance',
    kind: 'work_experience',
    title: 'Medewerker groenonderhoud',
    isco: ['9214', 'Hulpkracht tuinbouw en groenvoorziening'],
    required: ['maaien', 'snoeien'],
    desirable: ['bosmaaier', 'kettingzaag'],
    hours: [20, 32],
    dutchLevel: 'A1',
    support: ['buddy', 'adapted_workplace'],
    description:
      'Je onderhoudt parken en bermen in een vaste ploeg. Veel buiten, hard werken en samen lunchen.',
  },
  {
    sector: 'catering',
    kind: 'job',
    title: 'Kok bedrijfsrestaurant',
    isco: ['5120', 'Kok'],
    required: ['koken', 'hygiëne'],
    desirable: ['haccp', 'plannen'],
    hours: [24, 36],
    dutchLevel: 'A2',
    educationLevel: 'mbo2',
    support: ['training'],
    description: 'Je bereidt elke dag de lunch voor zo’n 200 medewerkers, met verse producten.',
  },
  {
    sector: 'catering',
    kind: 'internship',
    title: 'Keukenhulp',
    isco: ['9412', 'Keukenhulp'],
    required: ['afwassen', 'hygiëne'],
    desirable: ['groenten snijden'],
    hours: [12, 24],
    dutchLevel: 'A1',
    support: ['job_coach', 'language_support'],
    description: 'Je helpt in de keuken: voorbereiden, afwassen en opruimen. Ervaring is niet nodig.',
  },
  {
    sector: 'logistics',
    kind: 'job',
    title: 'Magazijnmedewerker',
    isco: ['9333', 'Magazijnmedewerker'],
    required: ['orderpicken', 'nauwkeurig werken'],
    desirable: ['heftruckcertificaat'],
    hours: [24, 38],
    dutchLevel: 'A2',
    support: ['training'],
    description: 'Je verzamelt bestellingen voor de bouwplaatsen en laadt de vrachtwagens.',
  },
  {
    sector: 'technical',
    kind: 'apprenticeship',
    title: 'Leerling elektromonteur (BBL)',
    isco: ['7411', 'Elektromonteur'],
    required: ['technisch inzicht', 'veilig werken'],
    desirable: ['tekening lezen'],
    hours: [32, 38],
    dutchLevel: 'B1',
    drivingLicence: false,
    educationLevel: 'vmbo',
    support: ['job_coach', 'training'],
    description:
      'Je legt samen met een ervaren monteur installaties aan in nieuwbouwwoningen en gaat één dag per week naar school.',
  },
];

const MUNICIPALITIES = ['GM0202', 'GM0275', 'GM1734', 'GM1705', 'GM0226', 'GM0293', 'GM0299'];

/** A postcode of the demo region (Midden-Gelderland), so the offline geocoder knows it. */
export function buildWorkPostcode(municipalityCode?: string): string {
  const areas = postcodeAreasOf(municipalityCode ?? faker.helpers.arrayElement(MUNICIPALITIES));
  const pc4 = faker.helpers.arrayElement(areas);
  // SA, SD and SS are never used in Dutch postcodes.
  const letters = faker.helpers.arrayElement(['AB', 'BC', 'CE', 'GH', 'KL', 'MN', 'PR', 'TV', 'XZ']);
  return `${pc4} ${letters}`;
}

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A complete, valid create body (it can be published at once); overrides win. Without overrides
 * the templates rotate, so a list of places looks like a real region's offer.
 */
export function buildPlaceInput(overrides: Partial<PlaceInput> = {}): PlaceInput {
  const n = nextSequence();
  const template =
    PLACE_TEMPLATES.find((t) => overrides.sector && t.sector === overrides.sector) ??
    PLACE_TEMPLATES[n % PLACE_TEMPLATES.length]!;
  return {
    kind: template.kind,
    title: template.title,
    description: template.description,
    occupation: { iscoCode: template.isco[0], label: template.isco[1] },
    sector: template.sector,
    requiredSkills: [...template.required],
    desirableSkills: [...template.desirable],
    hours: { min: template.hours[0], max: template.hours[1] },
    location: {
      street: faker.location.street(),
      houseNumber: String(faker.number.int({ min: 1, max: 200 })),
      postcode: buildWorkPostcode(),
    },
    startDate: isoDateInDays(14 + (n % 60)),
    durationMonths: template.kind === 'apprenticeship' ? 24 : template.kind === 'job' ? null : 6,
    positions: 1 + (n % 3),
    requirements: {
      drivingLicence: template.drivingLicence ?? false,
      dutchLevel: template.dutchLevel,
      educationLevel: template.educationLevel ?? null,
    },
    support: [...template.support],
    ...overrides,
  };
}
