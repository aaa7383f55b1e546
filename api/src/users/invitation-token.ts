import { createHash, randomBytes } from 'node:crypto';

export const INVITE_VALID_DAYS = 7;

export function newInviteToken(): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    tokenHash: hashInviteToken(token),
    expiresAt: new Date(Date.now() + INVITE_VALID_DAYS * 24 * 3600_000),
  };
}

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function inviteUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/wachtwoord-instellen?token=${token}`;
}
