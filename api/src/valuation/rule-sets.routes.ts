import {
  ZCreateRuleSet,
  ZDataOf,
  ZIdParams,
  ZPageOf,
  ZRuleSet,
  ZRuleSetListQuery,
  ZRuleSetPresetInfo,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { createRuleSet, getRuleSet, listPresets, listRuleSets } from './rule-sets.service';

const tags = ['rule sets'];
const readers = ['admin', 'consultant'] as const;
const managers = ['admin'] as const;

export function ruleSetsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/rule-sets',
      summary: 'List valuation rule set versions (consultants: their region’s)',
      tags,
      access: readers,
      query: ZRuleSetListQuery,
      response: ZPageOf(ZRuleSet),
      handler: ({ user, query }) => listRuleSets(user, query),
    }),
    // Before `/:id`, which would otherwise take "presets" for an id.
    defineRoute({
      method: 'get',
      path: '/api/rule-sets/presets',
      summary: 'The published valuation examples (Oost-Nederland, Haaglanden, Utrecht) to start from',
      tags,
      access: managers,
      response: ZDataOf(ZRuleSetPresetInfo.array()),
      handler: () => ({ data: listPresets() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/rule-sets/:id',
      summary: 'One valuation rule set version',
      tags,
      access: readers,
      params: ZIdParams,
      response: ZDataOf(ZRuleSet),
      handler: async ({ user, params }) => ({ data: await getRuleSet(user, params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/rule-sets',
      summary: 'Add a version of a region’s rule set; the region’s credits are revalued with it',
      tags,
      access: managers,
      errors: [409, 422],
      body: ZCreateRuleSet,
      status: 201,
      response: ZDataOf(ZRuleSet),
      handler: async ({ user, body }) => ({ data: await createRuleSet(user, body) }),
    }),
  ];
}
