/** Token management over the API (admin only); the CLI (`npm run token`) does the same from a shell. */
import type { Resolvers, Role as RoleEnum } from '../generated/graphql.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../shared/errors.js';
import { quoted } from '../shared/global-id.js';
import { requireRole, type Role } from './roles.js';
import { storedTokenIdOf, tokenGlobalId } from './token-ids.js';
import { createToken, listTokens, organisationKeyExists, revokeToken } from './tokens.repository.js';

const toEnum = (role: string) => role.toUpperCase() as RoleEnum;

export const authResolvers: Resolvers = {
  Query: {
    apiTokens: async (_root, _args, context) => {
      const admin = requireRole(context.caller, 'admin', 'Listing tokens');
      const tokens = await listTokens(context.executor);
      // A scoped admin manages the tokens of its own organisation only.
      return admin.scope ? tokens.filter((t) => t.scope === admin.scope) : tokens;
    },
  },
  Mutation: {
    createApiToken: async (_root, { role, name, scope }, context) => {
      const admin = requireRole(context.caller, 'admin', 'Creating a token');
      const who = name.trim();
      if (who.length < 2 || who.length > 200) throw new BadUserInputError('name', 'say who or what the token is for (2 to 200 characters).');
      const key = scope?.trim() || null;
      if (admin.scope && key !== admin.scope) {
        throw new ForbiddenError(`The token "${admin.name}" is scoped to "${admin.scope}": it may create tokens with scope "${admin.scope}" only. Give scope: "${admin.scope}", or ask an admin whose token has no scope.`, { argument: 'scope', scope: admin.scope });
      }
      if (key && !(await organisationKeyExists(context.executor, key))) {
        throw new NotFoundError('scope', `no current organisation has the key "${key}"; give an organisation's key (e.g. lcc, or a council's key from the \`councils\` query).`);
      }
      const { token, record } = await createToken(context.executor, who, role.toLowerCase() as Role, { actor: admin.name, requestId: context.requestId }, key);
      return { token, apiToken: record };
    },
    revokeApiToken: async (_root, args, context) => {
      const admin = requireRole(context.caller, 'admin', 'Revoking a token');
      const id = storedTokenIdOf(args.id, 'id');
      const target = (await listTokens(context.executor)).find((t) => t.id === id);
      if (admin.scope && target && target.scope !== admin.scope) {
        throw new ForbiddenError(`The token "${admin.name}" is scoped to "${admin.scope}" and may revoke only tokens with that scope; token ${quoted(args.id)} has ${target.scope ? `scope "${target.scope}"` : 'no scope'}. Ask an admin whose token has no scope.`, { argument: 'id', scope: admin.scope });
      }
      if (!(await revokeToken(context.executor, id, { actor: admin.name, requestId: context.requestId }))) throw new NotFoundError('id', `no active token has the id ${quoted(args.id)}.`);
      const record = (await listTokens(context.executor)).find((t) => t.id === id)!;
      return record;
    },
  },
  ApiToken: {
    id: (token) => tokenGlobalId(token),
    role: (token) => toEnum(token.role),
  },
};
