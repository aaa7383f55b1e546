import { z } from 'zod';
import {
  EVIDENCE_CONTENT_TYPES,
  ZAcceptEffort,
  ZDataOf,
  ZEffort,
  ZEffortListQuery,
  ZEvidenceUploadQuery,
  ZIdParams,
  ZOk,
  ZOrganisationSummary,
  ZPageOf,
  ZRejectEffort,
  ZSubmitEffort,
  ZUpdateEffort,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { updateEffort, withdrawEffort } from './change-effort';
import { acceptEffort, rejectEffort } from './decide-effort';
import { readEvidenceBody, sendEvidence, uploadEvidence } from './effort-evidence';
import { getEffort, listEfforts } from './list-efforts';
import { listSocialEnterprises } from './list-social-enterprises';
import { submitEffort } from './submit-effort';

const tags = ['efforts'];
const readers = ['consultant', 'contractor', 'municipality'] as const;
const submitters = ['consultant', 'contractor'] as const;
const ZVersionQuery = z.strictObject({ version: z.coerce.number().int().min(0) });

export function effortsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/efforts',
      summary:
        "Other social efforts in the caller's scope (consultants: region; contractors: own; municipalities: their contracts')",
      tags,
      access: readers,
      query: ZEffortListQuery,
      response: ZPageOf(ZEffort),
      handler: ({ user, query }) => listEfforts(user, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/efforts/social-enterprises',
      summary: "The social enterprises working in the caller's region, to buy from (names only)",
      tags,
      access: submitters,
      response: ZPageOf(ZOrganisationSummary),
      handler: ({ user }) => listSocialEnterprises(user),
    }),
    defineRoute({
      method: 'post',
      path: '/api/efforts',
      summary:
        'Submit an effort (purchase at a social enterprise, project contribution, practical support, volunteering) with evidence',
      tags,
      access: submitters,
      errors: [422],
      body: ZSubmitEffort,
      status: 201,
      response: ZDataOf(ZEffort),
      handler: async ({ user, body }) => ({ data: await submitEffort(user, body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/efforts/:id',
      summary: 'One effort, with the actions the caller may take now',
      tags,
      access: readers,
      params: ZIdParams,
      response: ZDataOf(ZEffort),
      handler: async ({ user, params }) => ({ data: await getEffort(user, params.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/efforts/:id',
      summary: 'Correct a submitted effort before a consultant decided (optimistic concurrency on version)',
      tags,
      access: submitters,
      errors: [422],
      params: ZIdParams,
      body: ZUpdateEffort,
      response: ZDataOf(ZEffort),
      handler: async ({ user, params, body }) => ({ data: await updateEffort(user, params.id, body) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/efforts/:id',
      summary: 'Withdraw a submitted effort (`?version=` the version seen)',
      tags,
      access: submitters,
      errors: [409, 422],
      params: ZIdParams,
      query: ZVersionQuery,
      response: ZOk,
      handler: async ({ user, params, query }) => {
        await withdrawEffort(user, params.id, query.version);
        return { data: { ok: true } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/efforts/:id/accept',
      summary: 'Accept a submitted effort: from now on it counts for the contract',
      tags,
      access: ['consultant'],
      errors: [422],
      params: ZIdParams,
      body: ZAcceptEffort,
      response: ZDataOf(ZEffort),
      handler: async ({ user, params, body }) => ({ data: await acceptEffort(user, params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/efforts/:id/reject',
      summary: 'Reject a submitted effort with a reason',
      tags,
      access: ['consultant'],
      errors: [422],
      params: ZIdParams,
      body: ZRejectEffort,
      response: ZDataOf(ZEffort),
      handler: async ({ user, params, body }) => ({ data: await rejectEffort(user, params.id, body) }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/efforts/:id/evidence',
      summary: 'Attach the evidence file: the body is the PDF, PNG or JPEG itself (at most 5 MB)',
      tags,
      access: submitters,
      errors: [422],
      params: ZIdParams,
      query: ZEvidenceUploadQuery,
      upload: EVIDENCE_CONTENT_TYPES,
      before: readEvidenceBody,
      response: ZDataOf(ZEffort),
      handler: async ({ user, params, query, req, res }) => ({
        data: await uploadEvidence(
          user,
          params.id,
          query.filename,
          req.get('content-type'),
          res.locals.evidence as Buffer | undefined,
        ),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/efforts/:id/evidence',
      summary: "Download an effort's evidence file",
      tags,
      access: readers,
      params: ZIdParams,
      files: EVIDENCE_CONTENT_TYPES,
      handler: ({ user, params, res }) => sendEvidence(user, params.id, res),
    }),
  ];
}
