import { fakerNL as faker } from '@faker-js/faker';
import { nextSequence } from './sequence';

export type Role = 'admin' | 'consultant' | 'contractor' | 'candidate' | 'municipality';

export interface UserData {
  email: string;
  name: string;
  role: Role;
  locale: 'nl' | 'en';
}

export function buildUser(overrides: Partial<UserData> = {}): UserData {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  return {
    email: `${first}.${last}.${nextSequence()}@example.nl`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
    name: `${first} ${last}`,
    role: 'consultant',
    locale: 'nl',
    ...overrides,
  };
}

/** The organisation kind each role belongs to. */
export const ORGANISATION_KIND_FOR_ROLE = {
  admin: 'service_point',
  consultant: 'service_point',
  candidate: 'service_point',
  contractor: 'contractor',
  municipality: 'municipality',
} as const satisfies Record<Role, string>;
