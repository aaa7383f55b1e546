import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ROLES } from '@kansplek/api/contract';
import { roleCanOpen } from '@/config/navigation';
import { resetCsrfToken } from '@/lib/api-client';
import { installFakeFetch } from '@/testing/fake-fetch';
import { renderPage } from '@/testing/render';
import { matchingApi, placeFixture } from '../testing/matching-fixtures';
import { BundlesRoute } from './bundles';

beforeEach(() => resetCsrfToken());

const A = '665f1c2ab5c0f1a2b3c4da01';
const B = '665f1c2ab5c0f1a2b3c4da02';
const COMBINED = '665f1c2ab5c0f1a2b3c4da03';

const suggestion = {
  places: [
    {
      id: A,
      title: 'Schoonmaak school',
      contractorName: 'Bouw A',
      hours: { min: 12, max: 12 },
      city: 'Arnhem',
    },
    {
      id: B,
      title: 'Schoonmaak kantoor',
      contractorName: 'Infra B',
      hours: { min: 12, max: 16 },
      city: 'Duiven',
    },
  ],
  hours: { min: 24, max: 28 },
  spreadKm: 7.4,
  similarity: 'same_occupation',
};

describe('BundlesRoute', () => {
  it('is in the navigation of consultants only', () => {
    expect(ROLES.filter((role) => roleCanOpen(role, 'bundles'))).toEqual(['consultant']);
  });

  it('when a consultant makes a combined place from a suggestion, then the API gets the parts and the new place opens', async () => {
    const { requests } = installFakeFetch(
      matchingApi((request) => {
        if (request.url.startsWith('/api/bundles/suggestions')) {
          return {
            status: 200,
            body: { data: [suggestion], page: { page: 1, limit: 10, total: 1, pages: 1 } },
          };
        }
        if (request.url === '/api/bundles') {
          return {
            status: 201,
            body: { data: placeFixture({ id: COMBINED, title: 'Schoonmaker Arnhem-Oost' }) },
          };
        }
      }),
    );
    const user = userEvent.setup();
    const { router } = renderPage(<BundlesRoute />, { path: '/bundels' });

    expect(await screen.findByText('1 voorstel voor een bundel.')).toBeTruthy();
    expect(screen.getByText('Samen 24–28 uur per week')).toBeTruthy();
    expect(screen.getByText('Hoogstens 7,4 km uit elkaar')).toBeTruthy();
    expect(screen.getByText('Wat ze gemeen hebben: hetzelfde beroep')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Maak gecombineerde plek' }));
    const title = screen.getByLabelText('Titel van de gecombineerde plek');
    expect(document.activeElement).toBe(title);
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Gecombineerde plek maken' }));
    expect(
      await screen.findByRole('link', { name: 'Titel van de gecombineerde plek is verplicht.' }),
    ).toBeTruthy();

    await user.type(title, 'Schoonmaker Arnhem-Oost');
    await user.click(screen.getByRole('button', { name: 'Gecombineerde plek maken' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/plekken/${COMBINED}`));
    expect(requests.find((r) => r.url === '/api/bundles')?.body).toEqual({
      placeIds: [A, B],
      title: 'Schoonmaker Arnhem-Oost',
    });
  });
});
