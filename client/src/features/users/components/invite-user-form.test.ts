import type { TOrganisationSummary } from '@kansplek/api/contract';
import { organisationGroups } from './invite-user-form';

const organisation = (
  id: string,
  kind: TOrganisationSummary['kind'],
  name: string,
): TOrganisationSummary => ({
  id: id.padStart(24, '0'),
  kind,
  name,
});

const all = [
  organisation('1', 'municipality', 'Gemeente Arnhem'),
  organisation('2', 'service_point', 'WSP Midden-Gelderland'),
  organisation('3', 'contractor', 'Bouwbedrijf Zonnig'),
  organisation('4', 'social_enterprise', 'Werkbedrijf Presikhaaf'),
  organisation('5', 'contractor', 'Aannemer Beek'),
];

const names = (groups: ReturnType<typeof organisationGroups>) =>
  groups.map((group) => [group.kind, group.organisations.map((o) => o.name)]);

describe('organisationGroups', () => {
  it('without a role, offers every organisation grouped by kind and sorted by name', () => {
    expect(names(organisationGroups(all, '', ''))).toEqual([
      ['municipality', ['Gemeente Arnhem']],
      ['service_point', ['WSP Midden-Gelderland']],
      ['contractor', ['Aannemer Beek', 'Bouwbedrijf Zonnig']],
      ['social_enterprise', ['Werkbedrijf Presikhaaf']],
    ]);
  });

  it('for a contractor, offers contractors and social enterprises only', () => {
    expect(names(organisationGroups(all, 'contractor', ''))).toEqual([
      ['contractor', ['Aannemer Beek', 'Bouwbedrijf Zonnig']],
      ['social_enterprise', ['Werkbedrijf Presikhaaf']],
    ]);
  });

  it('keeps an organisation already chosen, even when the new role does not fit it', () => {
    expect(names(organisationGroups(all, 'consultant', all[0]!.id))).toEqual([
      ['municipality', ['Gemeente Arnhem']],
      ['service_point', ['WSP Midden-Gelderland']],
    ]);
  });
});
