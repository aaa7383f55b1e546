import { fakerNL as faker } from '@faker-js/faker';
import { nextSequence } from './sequence';

export type OrganisationKind = 'municipality' | 'service_point' | 'contractor' | 'social_enterprise';

export interface OrganisationData {
  kind: OrganisationKind;
  name: string;
  kvkNumber: string | null;
  municipalityCode: string | null;
}

/** A valid organisation of the given kind: companies get a KvK number, municipalities a CBS code. */
export function buildOrganisation(overrides: Partial<OrganisationData> = {}): OrganisationData {
  const kind = overrides.kind ?? 'contractor';
  const n = nextSequence();
  const company = kind === 'contractor' || kind === 'social_enterprise';
  return {
    kind,
    name:
      kind === 'municipality'
        ? `Gemeente ${faker.location.city()} ${n}`
        : kind === 'service_point'
          ? `Werkgeversservicepunt ${faker.location.state()} ${n}`
          : `${faker.company.name()} ${n}`,
    kvkNumber: company ? String(10_000_000 + ((n * 7919) % 89_999_999)) : null,
    municipalityCode: kind === 'municipality' ? `GM${String(1000 + (n % 9000)).padStart(4, '0')}` : null,
    ...overrides,
  };
}
