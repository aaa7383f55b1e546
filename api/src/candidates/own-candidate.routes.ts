import type { Response } from 'express';
import {
  ZCandidateExport,
  ZDataOf,
  ZOwnCandidateProfile,
  ZRecordCandidateConsent,
  ZUpdateOwnCandidateProfile,
  type TCandidateExport,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { exportOwnCandidateData } from './export-candidate';
import { getOwnCandidateProfile, updateOwnCandidateProfile } from './own-candidate-profile';
import { recordOwnConsent } from './record-consent';

const tags = ['candidates'];
const access = ['candidate'] as const;

/** The export is a file to keep: the browser saves it instead of showing it. */
export function sendAsDownload(res: Response, data: TCandidateExport): TCandidateExport {
  // Like every API answer it is not cached (Cache-Control: no-store, set in app.ts).
  res.setHeader('Content-Disposition', `attachment; filename="kansplek-gegevens-${data.candidate.id}.json"`);
  return data;
}

/** The signed-in candidate's own profile. */
export function ownCandidateRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/me/candidate',
      summary: 'Your own candidate profile',
      tags,
      access,
      errors: [404],
      response: ZDataOf(ZOwnCandidateProfile),
      handler: async ({ user }) => ({ data: await getOwnCandidateProfile(user) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/me/candidate',
      summary: 'Change your preferences, availability and hours (nothing else)',
      tags,
      access,
      errors: [404, 422],
      body: ZUpdateOwnCandidateProfile,
      response: ZDataOf(ZOwnCandidateProfile),
      handler: async ({ user, body }) => ({ data: await updateOwnCandidateProfile(user, body) }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/me/candidate/consent',
      summary: 'Give or withdraw your consent to matching or to sharing with employers',
      tags,
      access,
      errors: [404],
      body: ZRecordCandidateConsent,
      response: ZDataOf(ZOwnCandidateProfile),
      handler: async ({ user, body }) => ({ data: await recordOwnConsent(user, body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/me/candidate/export',
      summary: 'Download everything Kansplek stores about you (JSON)',
      tags,
      access,
      errors: [404],
      response: ZCandidateExport,
      handler: async ({ user, res }) => sendAsDownload(res, await exportOwnCandidateData(user)),
    }),
  ];
}
