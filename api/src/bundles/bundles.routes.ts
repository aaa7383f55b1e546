import {
  ZBundleSuggestion,
  ZCreateBundle,
  ZDataOf,
  ZPageOf,
  ZPageQuery,
  ZPlaceForAnyRole,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { createBundle } from './create-bundle';
import { listBundleSuggestions } from './suggest-bundles';

const tags = ['bundles'];

/** Task bundling: small places of similar work nearby, combined into one job of 24–38 hours. */
export function bundlesRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/bundles/suggestions',
      summary:
        'Bundles of small open places (under 16 hours) in your region that together make a job of 24–38 hours',
      tags,
      access: ['consultant'],
      query: ZPageQuery,
      response: ZPageOf(ZBundleSuggestion),
      handler: ({ user, query }) => listBundleSuggestions(user, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/bundles',
      summary:
        'Turn a bundle into a combined place linked to its parts (the parts are then not proposed on their own)',
      tags,
      access: ['consultant'],
      errors: [404, 409, 422],
      body: ZCreateBundle,
      status: 201,
      response: ZDataOf(ZPlaceForAnyRole),
      handler: async ({ user, body }) => ({ data: await createBundle(user, body) }),
    }),
  ];
}
