import {
  ZAcceptInvite,
  ZCsrfToken,
  ZDataOf,
  ZInvitationPreview,
  ZInviteTokenParams,
  ZLogin,
  ZMe,
  ZOk,
  ZSignInResult,
  ZUpdateMe,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { SESSION_COOKIE, csrf, saveSession } from './session';
import { afterPassword } from './sign-in-steps';
import { acceptInvitation, getMe, previewInvitation, updateMe, verifyLogin } from './auth.service';
import type { RequestHandler } from 'express';

const tags = ['auth'];

export function authRoutes(loginLimiter: RequestHandler) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/auth/csrf',
      summary: 'Get the CSRF token for this session (send it as x-csrf-token)',
      tags,
      access: 'public',
      response: ZCsrfToken,
      handler: async ({ req }) => {
        const token = csrf.generateToken(req);
        await saveSession(req);
        return { data: { token } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary:
        'Sign in with e-mail address and password: answers the signed-in user, or the step still to ' +
        'take (`second_factor`: a code; `second_factor_enrolment`: staff set up a second factor first)',
      tags,
      access: 'public',
      body: ZLogin,
      response: ZDataOf(ZSignInResult),
      before: [loginLimiter],
      handler: async ({ body, req }) => ({ data: await afterPassword(req, await verifyLogin(body)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Sign out',
      tags,
      access: 'signed_in',
      response: ZOk,
      handler: async ({ req, res }) => {
        await new Promise<void>((resolve, reject) =>
          req.session.destroy((err) => (err ? reject(err) : resolve())),
        );
        res.clearCookie(SESSION_COOKIE);
        return { data: { ok: true } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me',
      summary: 'The signed-in user',
      tags,
      access: 'signed_in',
      response: ZDataOf(ZMe),
      handler: async ({ user }) => ({ data: await getMe(user.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/me',
      summary: 'Change your own name or language',
      tags,
      access: 'signed_in',
      body: ZUpdateMe,
      response: ZDataOf(ZMe),
      handler: async ({ user, body }) => ({ data: await updateMe(user.id, body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/invitations/:token',
      summary: 'Who an invitation link is for (before setting a password)',
      tags,
      access: 'public',
      params: ZInviteTokenParams,
      response: ZDataOf(ZInvitationPreview),
      handler: async ({ params }) => ({ data: await previewInvitation(params.token) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/invitations/accept',
      summary:
        'Set a password with a one-time invitation link, and sign in (staff set up a second factor first)',
      tags,
      access: 'public',
      body: ZAcceptInvite,
      response: ZDataOf(ZSignInResult),
      handler: async ({ body, req }) => ({ data: await afterPassword(req, await acceptInvitation(body)) }),
    }),
  ];
}
