/**
 * Roles, from least to most: a viewer reads; an editor also writes links and items and loads data; an admin
 * also manages tokens and restores backups. Every mutation checks the caller's role here, on the server.
 */
import { ForbiddenError, UnauthenticatedError } from '../shared/errors.js';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  tokenId: string;
  name: string;
  role: Role;
  /** The key of the organisation the token may change (organisation-scope.ts), or null for the whole graph. */
  scope: string | null;
}

export function requireRole(caller: Caller | null, role: Role, operation: string): Caller {
  if (!caller) {
    throw new UnauthenticatedError(`${operation} needs a token with the ${role} role: send "Authorization: Bearer <token>" (create one with \`npm run token -- create --role ${role} --name "..."\`).`);
  }
  if (ROLES.indexOf(caller.role) < ROLES.indexOf(role)) {
    throw new ForbiddenError(`${operation} needs the ${role} role; the token "${caller.name}" has the ${caller.role} role. Ask an admin for an ${role} token.`);
  }
  return caller;
}
