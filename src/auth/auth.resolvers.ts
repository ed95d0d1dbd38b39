/** Token management over the API (admin only); the CLI (`npm run token`) does the same from a shell. */
import type { Resolvers, Role as RoleEnum } from '../generated/graphql.js';
import { BadUserInputError, NotFoundError } from '../shared/errors.js';
import { requireRole, type Role } from './roles.js';
import { createToken, listTokens, revokeToken } from './tokens.repository.js';

const toEnum = (role: string) => role.toUpperCase() as RoleEnum;

export const authResolvers: Resolvers = {
  Query: {
    apiTokens: async (_root, _args, context) => {
      requireRole(context.caller, 'admin', 'Listing tokens');
      return listTokens(context.executor);
    },
  },
  Mutation: {
    createApiToken: async (_root, { role, name }, context) => {
      const admin = requireRole(context.caller, 'admin', 'Creating a token');
      const who = name.trim();
      if (who.length < 2 || who.length > 200) throw new BadUserInputError('name', 'say who or what the token is for (2 to 200 characters).');
      const { token, record } = await createToken(context.executor, who, role.toLowerCase() as Role, { actor: admin.name, requestId: context.requestId });
      return { token, apiToken: record };
    },
    revokeApiToken: async (_root, { id }, context) => {
      const admin = requireRole(context.caller, 'admin', 'Revoking a token');
      if (!(await revokeToken(context.executor, id, { actor: admin.name, requestId: context.requestId }))) throw new NotFoundError('id', `no active token has the id "${id}".`);
      const record = (await listTokens(context.executor)).find((t) => t.id === id)!;
      return record;
    },
  },
  ApiToken: {
    role: (token) => toEnum(token.role),
  },
};
