import { ZDecisionLogEntry, ZDecisionLogQuery, ZPageOf } from '../../contract';
import { defineRoute } from '../../http/define-route';
import { listDecisions } from './decision-log';

export function decisionLogRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/decision-log',
      summary:
        "Every list of proposals or recommendations shown in the caller's region, newest first: who, when, which candidates or places, their rank and score, the weights in force",
      tags: ['matching'],
      // Who was shown which candidates is the region's staff's business (reconstructing a decision).
      access: ['consultant', 'admin'],
      query: ZDecisionLogQuery,
      response: ZPageOf(ZDecisionLogEntry),
      handler: ({ user, query }) => listDecisions(user, query),
    }),
  ];
}
