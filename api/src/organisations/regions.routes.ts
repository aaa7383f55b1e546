import {
  ZCreateRegion,
  ZDataOf,
  ZIdParams,
  ZPageOf,
  ZRegion,
  ZRegionListQuery,
  ZUpdateRegion,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { createRegion, getRegion, listRegions, updateRegion } from './regions.service';

const tags = ['regions'];

export function regionsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/regions',
      summary: 'List regions (consultants: their own)',
      tags,
      access: ['admin', 'consultant'],
      query: ZRegionListQuery,
      response: ZPageOf(ZRegion),
      handler: ({ user, query }) => listRegions(user, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/regions',
      summary: 'Create a region: the municipalities a service point serves',
      tags,
      access: ['admin'],
      errors: [409, 422],
      body: ZCreateRegion,
      status: 201,
      response: ZDataOf(ZRegion),
      handler: async ({ body }) => ({ data: await createRegion(body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/regions/:id',
      summary: 'One region',
      tags,
      access: ['admin', 'consultant'],
      params: ZIdParams,
      response: ZDataOf(ZRegion),
      handler: async ({ user, params }) => ({ data: await getRegion(user, params.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/regions/:id',
      summary: 'Rename a region or change its municipalities',
      tags,
      access: ['admin'],
      errors: [422],
      params: ZIdParams,
      body: ZUpdateRegion,
      response: ZDataOf(ZRegion),
      handler: async ({ params, body }) => ({ data: await updateRegion(params.id, body) }),
    }),
  ];
}
