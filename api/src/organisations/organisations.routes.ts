import {
  ZCreateOrganisation,
  ZDataOf,
  ZIdParams,
  ZOk,
  ZOrganisation,
  ZOrganisationListQuery,
  ZPageOf,
  ZSetDisplacement,
  ZUpdateOrganisation,
  ZVersionOnly,
} from '../contract';
import { defineRoute } from '../http/define-route';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  setDisplacement,
  updateOrganisation,
} from './organisations.service';

const tags = ['organisations'];

export function organisationsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/organisations',
      summary: 'List the organisations you may see (consultants: your region; others: your own)',
      tags,
      access: ['admin', 'consultant', 'contractor', 'municipality'],
      query: ZOrganisationListQuery,
      response: ZPageOf(ZOrganisation),
      handler: ({ user, query }) => listOrganisations(user, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/organisations',
      summary: 'Register an organisation (consultants: contractors and social enterprises of their region)',
      tags,
      access: ['admin', 'consultant'],
      errors: [409, 422],
      body: ZCreateOrganisation,
      status: 201,
      response: ZDataOf(ZOrganisation),
      handler: async ({ user, body }) => ({ data: await createOrganisation(user, body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/organisations/:id',
      summary: 'One organisation',
      tags,
      access: ['admin', 'consultant', 'contractor', 'municipality'],
      params: ZIdParams,
      response: ZDataOf(ZOrganisation),
      handler: async ({ user, params }) => ({ data: await getOrganisation(user, params.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/organisations/:id',
      summary: 'Change an organisation (optimistic concurrency on version)',
      tags,
      access: ['admin', 'consultant'],
      errors: [422],
      params: ZIdParams,
      body: ZUpdateOrganisation,
      response: ZDataOf(ZOrganisation),
      handler: async ({ user, params, body }) => ({ data: await updateOrganisation(user, params.id, body) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/organisations/:id',
      summary: 'Delete an organisation nothing refers to any more',
      tags,
      access: ['admin'],
      errors: [409],
      params: ZIdParams,
      response: ZOk,
      handler: async ({ user, params }) => {
        await deleteOrganisation(user, params.id);
        return { data: { ok: true } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/organisations/:id/displacement',
      summary:
        'Flag a recent collective dismissal at a contractor (placements then need explicit confirmation)',
      tags,
      access: ['consultant'],
      errors: [422],
      params: ZIdParams,
      body: ZSetDisplacement,
      response: ZDataOf(ZOrganisation),
      handler: async ({ user, params, body }) => ({ data: await setDisplacement(user, params.id, body) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/organisations/:id/displacement',
      summary: 'Clear the displacement flag',
      tags,
      access: ['consultant'],
      errors: [422],
      params: ZIdParams,
      body: ZVersionOnly,
      response: ZDataOf(ZOrganisation),
      handler: async ({ user, params, body }) => ({
        data: await setDisplacement(user, params.id, { version: body.version, clear: true }),
      }),
    }),
  ];
}
