import type { MatchWeights } from '@kansplek/search';
import {
  ZCreateMatch,
  ZDataOf,
  ZIdParams,
  ZMatch,
  ZMatchListQuery,
  ZPageOf,
  ZProposalRequest,
  ZProposalsResult,
  ZRecommendationsQuery,
  ZRecommendationsResult,
} from '../../contract';
import { defineRoute } from '../../http/define-route';
// Adds matches to the candidate's GDPR export and erasure.
import '../match-privacy';
import { recordShown } from '../decision-log/decision-log';
import { proposeCandidates } from './propose-candidates';
import { recommendOwnPlaces, recommendPlaces } from './recommend-places';
import { createMatch, listPlaceMatches } from './review-matches';

const tags = ['matching'];

/** Proposals both ways and the consultant's review of them; `weights` come from MATCH_WEIGHTS. */
export function proposalsRoutes(weights: MatchWeights) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/places/:id/proposals',
      summary:
        'The best candidates for a place, each with its score and every factor’s contribution (candidates with a match for the place are left out)',
      tags,
      access: ['consultant'],
      params: ZIdParams,
      body: ZProposalRequest,
      response: ZProposalsResult,
      handler: async ({ user, params, body }) => {
        const result = await proposeCandidates(user, params.id, body, weights);
        await recordShown(
          user,
          {
            kind: 'proposals',
            placeId: params.id,
            items: result.data.map((p) => ({ id: p.candidate.id, score: p.score })),
          },
          weights,
        );
        return result;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/candidates/:id/recommendations',
      summary: 'The best open places for one of your candidates, with the reasons',
      tags,
      access: ['consultant'],
      params: ZIdParams,
      query: ZRecommendationsQuery,
      response: ZRecommendationsResult,
      handler: async ({ user, params, query }) => {
        const result = await recommendPlaces(user, params.id, query.limit, weights);
        await recordShown(
          user,
          {
            kind: 'recommendations',
            candidateId: params.id,
            items: result.data.map((r) => ({ id: r.place.id, score: r.score })),
          },
          weights,
        );
        return result;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me/recommendations',
      summary: 'The best open places for you, with the reasons',
      tags,
      access: ['candidate'],
      query: ZRecommendationsQuery,
      response: ZRecommendationsResult,
      handler: async ({ user, query }) => {
        const result = await recommendOwnPlaces(user, query.limit, weights);
        await recordShown(
          user,
          { kind: 'recommendations', items: result.data.map((r) => ({ id: r.place.id, score: r.score })) },
          weights,
        );
        return result;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/places/:id/matches',
      summary: 'The candidates shortlisted, dismissed or further along for a place',
      tags,
      access: ['consultant'],
      params: ZIdParams,
      query: ZMatchListQuery,
      response: ZPageOf(ZMatch),
      handler: ({ user, params, query }) => listPlaceMatches(user, params.id, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/places/:id/matches',
      summary:
        'Shortlist or dismiss (with a reason) a proposed candidate, or add one by hand (409 when the pair already has a match)',
      tags,
      access: ['consultant'],
      params: ZIdParams,
      body: ZCreateMatch,
      status: 201,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({
        data: await createMatch(user, params.id, body, weights),
      }),
    }),
  ];
}
