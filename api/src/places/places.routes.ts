import {
  ZConfirmDisplacement,
  ZCreatePlace,
  ZDataOf,
  ZIdParams,
  ZPageOf,
  ZPlaceForAnyRole,
  ZPlaceListQuery,
  ZPlaceSearchQuery,
  ZPlaceSearchResult,
  ZPlaceTransition,
  ZUpdatePlace,
} from '../contract';
import { confirmDisplacement } from './confirm-displacement';
import { defineRoute } from '../http/define-route';
import { createPlace } from './create-place';
import { getPlace } from './get-place';
import { listPlaces } from './list-places';
import { updatePlace } from './update-place';
import { searchPlaces } from './search-places';
import { transitionPlace } from './transition-place';

const tags = ['places'];

export function placesRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/places',
      summary:
        'List places (contractors: their own; consultants: of contractors in their region; candidates: open places in their region, public view)',
      tags,
      access: ['consultant', 'contractor', 'candidate'],
      query: ZPlaceListQuery,
      response: ZPageOf(ZPlaceForAnyRole),
      handler: ({ user, query }) => listPlaces(user, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/places/search',
      summary:
        'Search open places of your region (typo-tolerant) by kind, sector, hours and distance from home, with facet counts and highlights',
      tags,
      access: ['consultant', 'candidate'],
      // A consultant's candidateId that is not one of theirs; a candidate without a profile.
      errors: [404],
      query: ZPlaceSearchQuery,
      response: ZPlaceSearchResult,
      handler: ({ user, query }) => searchPlaces(user, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/places',
      summary: 'Offer a new place (starts as a draft; the work location is geocoded)',
      tags,
      access: ['consultant', 'contractor'],
      errors: [422],
      body: ZCreatePlace,
      status: 201,
      response: ZDataOf(ZPlaceForAnyRole),
      handler: async ({ user, body }) => ({ data: await createPlace(user, body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/places/:id',
      summary: 'One place (candidates: the public view of an open place)',
      tags,
      access: ['consultant', 'contractor', 'candidate'],
      params: ZIdParams,
      response: ZDataOf(ZPlaceForAnyRole),
      handler: async ({ user, params }) => ({ data: await getPlace(user, params.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/places/:id',
      summary: 'Change a place that is not filled or closed (optimistic concurrency on version)',
      tags,
      access: ['consultant', 'contractor'],
      errors: [422],
      params: ZIdParams,
      body: ZUpdatePlace,
      response: ZDataOf(ZPlaceForAnyRole),
      handler: async ({ user, params, body }) => ({ data: await updatePlace(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/places/:id/transitions',
      summary: 'Publish, pause, resume, fill or close a place (422 invalid_transition lists what is allowed)',
      tags,
      access: ['consultant', 'contractor'],
      errors: [422],
      params: ZIdParams,
      body: ZPlaceTransition,
      response: ZDataOf(ZPlaceForAnyRole),
      handler: async ({ user, params, body }) => ({ data: await transitionPlace(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/places/:id/displacement-confirmation',
      summary:
        'Confirm that a place at a contractor with a displacement flag is additional work (needed before candidates are proposed)',
      tags,
      access: ['consultant'],
      errors: [422],
      params: ZIdParams,
      body: ZConfirmDisplacement,
      response: ZDataOf(ZPlaceForAnyRole),
      handler: async ({ user, params, body }) => ({ data: await confirmDisplacement(user, params.id, body) }),
    }),
  ];
}
