import { ZDataOf, ZMailPreferences, ZUpdateMailPreferences } from '../contract';
import { defineRoute } from '../http/define-route';
import { getMailPreferences, updateMailPreferences } from './mail-preferences';

const tags = ['mail'];

export function mailPreferencesRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/me/mail-preferences',
      summary: 'Which mail you get per topic: at once, in the daily digest, or none',
      tags,
      access: 'signed_in',
      response: ZDataOf(ZMailPreferences),
      handler: async ({ user }) => ({ data: await getMailPreferences(user.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/me/mail-preferences',
      summary: 'Choose the delivery of one or more topics; topics left out stay as they are',
      tags,
      access: 'signed_in',
      body: ZUpdateMailPreferences,
      response: ZDataOf(ZMailPreferences),
      handler: async ({ user, body }) => ({ data: await updateMailPreferences(user.id, user.role, body) }),
    }),
  ];
}
