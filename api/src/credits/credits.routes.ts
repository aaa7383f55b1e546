import { ZContractProgress, ZCredit, ZCreditListQuery, ZDataOf, ZIdParams, ZPageOf } from '../contract';
import { defineRoute } from '../http/define-route';
import { getContractProgress } from './contract-progress';
import { listContractCredits } from './list-credits';

const tags = ['credits'];

export function creditsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/contracts/:id/progress',
      summary:
        'Obligation, realised credit, realisation, pipeline value and the forecast at the current pace of one contract',
      tags,
      access: ['consultant', 'contractor', 'municipality'],
      params: ZIdParams,
      response: ZDataOf(ZContractProgress),
      handler: async ({ user, params }) => ({ data: await getContractProgress(user, params.id) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/contracts/:id/credits',
      summary:
        "The placements and accepted efforts credited to a contract (consultants also see each credit's building blocks)",
      tags,
      // Municipality users see aggregates only: a placement's credit is about one person.
      access: ['consultant', 'contractor'],
      params: ZIdParams,
      query: ZCreditListQuery,
      response: ZPageOf(ZCredit),
      handler: ({ user, params, query }) => listContractCredits(user, params.id, query),
    }),
  ];
}
