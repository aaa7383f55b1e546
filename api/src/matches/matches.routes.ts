import {
  ZConsentDecision,
  ZDataOf,
  ZDismissMatch,
  ZIdParams,
  ZMatch,
  ZMyMatchesQuery,
  ZPageOf,
  ZRequestIntroduction,
  ZRescheduleInterview,
  ZTransitionMatch,
} from '../contract';
import type { MatchWeights } from '@kansplek/search';
import { defineRoute } from '../http/define-route';
import { expressInterest } from './interest';
import { dismissMatch } from './proposals/review-matches';
import { decideConsent, requestIntroduction } from './introductions';
import { rescheduleInterview } from './interview';
import { getMatch, listMyMatches, transitionMatch } from './transitions';

const tags = ['pipeline'];
const parties = ['consultant', 'contractor', 'candidate'] as const;

/**
 * Following a match from shortlist to employment; who may do what is decided per match
 * (matches.policy.ts). The trial and employment routes are in match-trial.routes.ts.
 */
export function matchesRoutes(weights: MatchWeights) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/dismiss',
      summary: 'Dismiss a shortlisted match with a reason (optimistic concurrency on version)',
      tags: ['matching'],
      access: ['consultant'],
      params: ZIdParams,
      body: ZDismissMatch,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await dismissMatch(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/places/:id/interest',
      summary: 'Tell your consultant you are interested in an open place (once per place)',
      tags,
      access: ['candidate'],
      params: ZIdParams,
      response: ZDataOf(ZMatch),
      status: 201,
      handler: async ({ user, params }) => ({ data: await expressInterest(user, params.id, weights) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/matches',
      summary:
        'The matches you take part in (your region, your organisation’s introduced candidates, or your own)',
      tags,
      access: parties,
      query: ZMyMatchesQuery,
      response: ZPageOf(ZMatch),
      handler: ({ user, query }) => listMyMatches(user, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/matches/:id',
      summary: 'One match with its timeline and the stages you may move it to',
      tags,
      access: parties,
      params: ZIdParams,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params }) => ({ data: await getMatch(user, params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/transitions',
      summary:
        'Move a match on: shortlist, interview (with its date, times and place), decline (with a reason) or withdraw',
      tags,
      access: parties,
      params: ZIdParams,
      body: ZTransitionMatch,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await transitionMatch(user, params.id, body) }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/matches/:id/interview',
      summary:
        'Move the planned interview to another date, time or place (the parties get the new appointment)',
      tags,
      access: ['consultant', 'contractor'],
      params: ZIdParams,
      body: ZRescheduleInterview,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await rescheduleInterview(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/introduction',
      summary: 'Ask the candidate to consent to an introduction to the contractor',
      tags,
      access: ['consultant'],
      params: ZIdParams,
      body: ZRequestIntroduction,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await requestIntroduction(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matches/:id/consent',
      summary: 'The candidate’s answer to an introduction (consultants record one given in person)',
      tags,
      access: ['consultant', 'candidate'],
      params: ZIdParams,
      body: ZConsentDecision,
      response: ZDataOf(ZMatch),
      handler: async ({ user, params, body }) => ({ data: await decideConsent(user, params.id, body) }),
    }),
  ];
}
