import {
  ZDataOf,
  ZIdParams,
  ZInvitation,
  ZInviteUser,
  ZPageOf,
  ZUpdateUser,
  ZUser,
  ZUserListQuery,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { mailInvitation } from './invitation-mail';
import { resetSecondFactor } from './reset-second-factor';
import { getUser, inviteUser, listUsers, reissueInvitation, updateUser } from './users.service';

const tags = ['users'];
const access = ['admin'] as const;

export function usersRoutes(publicUrl: string, logInviteLinks: boolean) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/users',
      summary: 'List users',
      tags,
      access,
      query: ZUserListQuery,
      response: ZPageOf(ZUser),
      handler: ({ query }) => listUsers(query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/users/invitations',
      summary: 'Invite a user: the one-time link to set a password is mailed to them and returned',
      tags,
      access,
      body: ZInviteUser,
      status: 201,
      response: ZDataOf(ZInvitation),
      handler: async ({ body, user, req }) => {
        const invitation = await inviteUser(body, user.id, publicUrl);
        await mailInvitation(invitation, user.name);
        if (logInviteLinks)
          req.log.info({ email: body.email, inviteUrl: invitation.inviteUrl }, 'invitation link');
        return { data: invitation };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/users/:id',
      summary: 'One user',
      tags,
      access,
      params: ZIdParams,
      response: ZDataOf(ZUser),
      handler: async ({ params }) => ({ data: await getUser(params.id) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/users/:id',
      summary: 'Rename, disable or re-enable a user (optimistic concurrency on version)',
      tags,
      access,
      params: ZIdParams,
      body: ZUpdateUser,
      response: ZDataOf(ZUser),
      handler: async ({ params, body, user }) => ({ data: await updateUser(params.id, body, user.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/users/:id/invitations',
      summary: 'Issue and mail a new invitation link (the previous one stops working)',
      tags,
      access,
      params: ZIdParams,
      status: 201,
      response: ZDataOf(ZInvitation),
      handler: async ({ params, req, user }) => {
        const invitation = await reissueInvitation(params.id, publicUrl);
        await mailInvitation(invitation, user.name);
        if (logInviteLinks)
          req.log.info({ userId: params.id, inviteUrl: invitation.inviteUrl }, 'invitation link');
        return { data: invitation };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/users/:id/second-factor',
      summary: "Reset a user's second factor (audited); staff set up a new one at their next sign-in",
      tags,
      access,
      params: ZIdParams,
      response: ZDataOf(ZUser),
      handler: async ({ params, user }) => ({ data: await resetSecondFactor(user, params.id) }),
    }),
  ];
}
