import {
  ZContract,
  ZContractListQuery,
  ZContractTransition,
  ZCreateContract,
  ZDataOf,
  ZIdParams,
  ZPageOf,
  ZUpdateContract,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { activateContract, closeContract } from './contract-transitions';
import { createContract } from './create-contract';
import { getContract } from './get-contract';
import { listContracts } from './list-contracts';
import { updateContract } from './update-contract';

const tags = ['contracts'];
const readers = ['consultant', 'contractor', 'municipality'] as const;
const managers = ['consultant'] as const;

export function contractsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/contracts',
      summary:
        'List SROI contracts (consultants: their region; contractors: their own; municipalities: awarded by them)',
      tags,
      access: readers,
      query: ZContractListQuery,
      response: ZPageOf(ZContract),
      handler: ({ user, query }) => listContracts(user, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/contracts',
      summary: 'Register a contract as a draft; the obligation (value × percentage) is computed here',
      tags,
      access: managers,
      errors: [409, 422],
      body: ZCreateContract,
      status: 201,
      response: ZDataOf(ZContract),
      handler: async ({ user, body }) => ({ data: await createContract(user, body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/contracts/:id',
      summary: 'One contract, with the actions the caller may take now',
      tags,
      access: readers,
      params: ZIdParams,
      response: ZDataOf(ZContract),
      handler: async ({ user, params }) => ({ data: await getContract(user, params.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/contracts/:id',
      summary: 'Change a draft or active contract (optimistic concurrency on version; no status changes)',
      tags,
      access: managers,
      errors: [422],
      params: ZIdParams,
      body: ZUpdateContract,
      response: ZDataOf(ZContract),
      handler: async ({ user, params, body }) => ({ data: await updateContract(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/contracts/:id/activate',
      summary: 'Activate a draft contract',
      tags,
      access: managers,
      errors: [422],
      params: ZIdParams,
      body: ZContractTransition,
      response: ZDataOf(ZContract),
      handler: async ({ user, params, body }) => ({ data: await activateContract(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/contracts/:id/close',
      summary: 'Close a fulfilled or overdue contract, or an active one after its end date',
      tags,
      access: managers,
      errors: [422],
      params: ZIdParams,
      body: ZContractTransition,
      response: ZDataOf(ZContract),
      handler: async ({ user, params, body }) => ({ data: await closeContract(user, params.id, body) }),
    }),
  ];
}
