import { buildOrganisation } from './organisations';
import { buildUser } from './users';

describe('factories', () => {
  it('when organisations are built, then each kind gets the identifiers its kind requires', () => {
    const contractor = buildOrganisation({ kind: 'contractor' });
    const municipality = buildOrganisation({ kind: 'municipality' });
    expect(contractor.kvkNumber).toMatch(/^\d{8}$/);
    expect(contractor.municipalityCode).toBeNull();
    expect(municipality.municipalityCode).toMatch(/^GM\d{4}$/);
    expect(municipality.kvkNumber).toBeNull();
  });

  it('when many users are built, then their e-mail addresses are unique and valid', () => {
    const emails = Array.from({ length: 200 }, () => buildUser().email);
    expect(new Set(emails).size).toBe(200);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@example\.nl$/);
  });

  it('when overrides are given, then they win', () => {
    expect(buildUser({ role: 'admin', name: 'A B' })).toMatchObject({ role: 'admin', name: 'A B' });
  });
});
