import {
  ZCandidate,
  ZCandidateExport,
  ZCandidateListItem,
  ZCandidateListQuery,
  ZConsultantOption,
  ZConsultantOptionsQuery,
  ZCreateCandidate,
  ZCreateCandidateAccount,
  ZDataOf,
  ZEraseCandidate,
  ZIdParams,
  ZInvitation,
  ZOk,
  ZPageOf,
  ZRecordCandidateConsent,
  ZUpdateCandidate,
} from '../contract';
import { ZCandidateSearchQuery, ZCandidateSearchResult } from '../contract';
import { defineRoute } from '../http/define-route';
import { searchCandidates } from './search-candidates';
import { createCandidate } from './create-candidate';
import { createCandidateAccount } from './create-candidate-account';
import { mailInvitation } from '../users/invitation-mail';
import { eraseCandidate } from './erase-candidate';
import { exportCandidate } from './export-candidate';
import { getCandidate } from './get-candidate';
import { listCandidates, listConsultantOptions } from './list-candidates';
import { ownCandidateRoutes, sendAsDownload } from './own-candidate.routes';
import { recordCandidateConsent } from './record-consent';
import { updateCandidate } from './update-candidate';

const tags = ['candidates'];
const access = ['consultant'] as const;

/** Consultants keep the candidates of their region; candidates reach their own profile under /api/me. */
export function candidatesRoutes(publicUrl: string) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/candidates/search',
      summary:
        'Search the candidates of your region as you type (typo-tolerant), with facet counts and highlights',
      tags,
      access,
      query: ZCandidateSearchQuery,
      response: ZCandidateSearchResult,
      handler: ({ user, query }) => searchCandidates(user, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/candidates',
      summary: 'List the candidates of your region (without sensitive fields; no audit entry)',
      tags,
      access,
      query: ZCandidateListQuery,
      response: ZPageOf(ZCandidateListItem),
      handler: ({ user, query }) => listCandidates(user, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/candidates',
      summary: 'Register a candidate in your region (the postcode is geocoded)',
      tags,
      access,
      body: ZCreateCandidate,
      status: 201,
      response: ZDataOf(ZCandidate),
      handler: async ({ user, body }) => ({ data: await createCandidate(user, body) }),
    }),
    // Before `/api/candidates/:id`, which would otherwise take "consultants" for an id.
    defineRoute({
      method: 'get',
      path: '/api/candidates/consultants',
      summary: 'Consultants of your service point, to choose a responsible consultant from',
      tags,
      access,
      query: ZConsultantOptionsQuery,
      response: ZPageOf(ZConsultantOption),
      handler: ({ user, query }) => listConsultantOptions(user, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/candidates/:id',
      summary: 'One candidate with the sensitive fields (written to the audit log)',
      tags,
      access,
      params: ZIdParams,
      response: ZDataOf(ZCandidate),
      handler: async ({ user, params }) => ({ data: await getCandidate(user, params.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/candidates/:id',
      summary: 'Change a candidate (optimistic concurrency on version)',
      tags,
      access,
      params: ZIdParams,
      body: ZUpdateCandidate,
      response: ZDataOf(ZCandidate),
      handler: async ({ user, params, body }) => ({ data: await updateCandidate(user, params.id, body) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/candidates/:id',
      summary: 'Erase a candidate’s personal data (GDPR); an anonymised record stays for statistics',
      tags,
      access,
      params: ZIdParams,
      body: ZEraseCandidate,
      response: ZOk,
      handler: async ({ user, params, body }) => {
        await eraseCandidate(user, params.id, body);
        return { data: { ok: true } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/candidates/:id/consent',
      summary: 'Record consent the candidate gave or withdrew in person (matching or sharing)',
      tags,
      access,
      params: ZIdParams,
      body: ZRecordCandidateConsent,
      response: ZDataOf(ZCandidate),
      handler: async ({ user, params, body }) => ({
        data: await recordCandidateConsent(user, params.id, body),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/candidates/:id/account',
      summary:
        'Invite the candidate to an account linked to the profile (mails the one-time link and returns it)',
      tags,
      access,
      params: ZIdParams,
      body: ZCreateCandidateAccount,
      status: 201,
      response: ZDataOf(ZInvitation),
      handler: async ({ user, params, body }) => {
        const invitation = await createCandidateAccount(user, params.id, body, publicUrl);
        await mailInvitation(invitation, user.name);
        return { data: invitation };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/candidates/:id/export',
      summary: 'Everything stored about a candidate, as a JSON download (written to the audit log)',
      tags,
      access,
      params: ZIdParams,
      response: ZCandidateExport,
      handler: async ({ user, params, res }) => sendAsDownload(res, await exportCandidate(user, params.id)),
    }),
    ...ownCandidateRoutes(),
  ];
}
