import type { TRole } from '../contract';

/**
 * The signed-in user as services see it: identity, role and organisation, nothing else. Defined here,
 * with the request it rides on, so every folder can name it without depending on sign-in (auth/).
 */
export interface SessionUser {
  id: string;
  role: TRole;
  organisationId: string;
  name: string;
  email: string;
  /** The region of the user's service point (admins, consultants, candidates); null for other organisations. */
  regionId: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser;
  }
}
