import { screen, within } from '@testing-library/react';
import { installFakeFetch } from '@/testing/fake-fetch';
import { pageOf } from '@/testing/fixtures';
import { renderSignedIn } from '@/testing/render';
import { ruleSetFixture, ruleSetsApi } from '../testing/rule-set-fixtures';
import { RuleSetRoute } from './rule-set';
import { RuleSetsRoute } from './rule-sets';

describe('the valuation rule sets', () => {
  it('when listed, then the version in force today is marked and a future one is not', async () => {
    installFakeFetch(
      ruleSetsApi('consultant', (request) =>
        request.url.startsWith('/api/rule-sets?')
          ? {
              status: 200,
              body: pageOf([
                ruleSetFixture({
                  id: '665f1c2ab5c0f1a2b3c4d7b3',
                  name: 'Bouwblokken 2099',
                  version: 3,
                  effectiveFrom: '2099-01-01',
                }),
                ruleSetFixture({
                  id: '665f1c2ab5c0f1a2b3c4d7b2',
                  name: 'Bouwblokken 2025',
                  version: 2,
                  effectiveFrom: '2025-01-01',
                }),
                ruleSetFixture(),
              ]),
            }
          : undefined,
      ),
    );
    renderSignedIn(<RuleSetsRoute />);
    const table = await screen.findByRole('table', { name: '3 versies' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).not.toContain('Geldt nu');
    expect(rows[2]?.textContent).toContain('Bouwblokken 2025 Geldt nu');
    expect(rows[3]?.textContent).not.toContain('Geldt nu');
    // Consultants read; only admins set a new version.
    expect(screen.queryByRole('link', { name: 'Nieuwe versie vaststellen' })).toBeNull();
  });

  it('when one version is opened, then its values read in euros and blocks that do not count say so', async () => {
    installFakeFetch(
      ruleSetsApi('admin', (request) =>
        request.url === `/api/rule-sets/${ruleSetFixture().id}`
          ? { status: 200, body: { data: ruleSetFixture() } }
          : undefined,
      ),
    );
    renderSignedIn(<RuleSetRoute />, {
      path: `/waarderingsregels/${ruleSetFixture().id}`,
      route: '/waarderingsregels/:id',
    });
    const employment = await screen.findByRole('table', {
      name: 'Dienstverband per uitkeringssituatie (bouwblok)',
    });
    const text = (employment.textContent ?? '').replace(/\u00a0/g, ' ');
    expect(text).toContain('Participatiewet24 maanden€ 40.000,0012 maanden');
    expect(text).toContain('onbeperkt');
    expect(screen.getAllByText('telt niet mee').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Nieuwe versie op basis hiervan' }).getAttribute('href')).toBe(
      `/waarderingsregels/nieuw?van=${ruleSetFixture().id}`,
    );
  });
});
