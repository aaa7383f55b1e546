import { ZOrganisationListQuery, ZOrganisationSummary, ZPageOf } from '../contract';
import { defineRoute } from '../http/define-route';
import { listOrganisations } from './organisations.service';

const tags = ['organisations'];

export function organisationsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/organisations',
      summary: 'List organisations',
      tags,
      access: ['admin', 'consultant'],
      query: ZOrganisationListQuery,
      response: ZPageOf(ZOrganisationSummary),
      handler: ({ query }) => listOrganisations(query),
    }),
  ];
}
