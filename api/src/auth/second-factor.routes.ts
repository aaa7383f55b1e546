import {
  ZAuthenticatorCode,
  ZDataOf,
  ZEnrolmentConfirmed,
  ZMe,
  ZRecoveryCodes,
  ZSecondFactorCode,
  ZSecondFactorEnrolment,
} from '../contract';
import { defineRoute } from '../http/define-route';
import {
  confirmEnrolment,
  regenerateRecoveryCodes,
  signInWithSecondFactor,
  startEnrolment,
  turnOffOwnSecondFactor,
} from './second-factor.service';

const tags = ['auth'];

/** `attempts`: wrong codes allowed per account in 15 minutes. */
export function secondFactorRoutes(attempts: number) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/second-factor',
      summary:
        'Second step of signing in: a code from the authenticator app, or a recovery code (each works once)',
      tags,
      // The session is half-signed (password given): the service checks that.
      access: 'public',
      body: ZSecondFactorCode,
      response: ZDataOf(ZMe),
      handler: async ({ body, req }) => ({ data: await signInWithSecondFactor(req, body.code, attempts) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/second-factor/enrolment',
      summary:
        'Start setting up a second factor (staff half-way through signing in, or any signed-in user ' +
        'without one): a new secret as an otpauth URI for a QR code and as text',
      tags,
      access: 'public',
      response: ZDataOf(ZSecondFactorEnrolment),
      handler: async ({ req, user }) => ({ data: await startEnrolment(req, user) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/second-factor/enrolment/confirm',
      summary:
        'Confirm the new second factor with a code from the app; answers the recovery codes (shown this ' +
        'once) and signs in staff who were enrolling at sign-in',
      tags,
      access: 'public',
      body: ZAuthenticatorCode,
      response: ZDataOf(ZEnrolmentConfirmed),
      handler: async ({ req, user, body }) => ({ data: await confirmEnrolment(req, user, body.code) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/me/second-factor/recovery-codes',
      summary: 'New recovery codes (the old ones stop working), confirmed with a code from the app',
      tags,
      access: 'signed_in',
      body: ZAuthenticatorCode,
      response: ZDataOf(ZRecoveryCodes),
      handler: async ({ user, body }) => ({
        data: await regenerateRecoveryCodes(user, body.code, attempts),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/me/second-factor',
      summary: 'Turn off your own second factor (contractors and candidates; staff must keep one)',
      tags,
      access: 'signed_in',
      body: ZSecondFactorCode,
      response: ZDataOf(ZMe),
      handler: async ({ user, body }) => ({ data: await turnOffOwnSecondFactor(user, body.code, attempts) }),
    }),
  ];
}
