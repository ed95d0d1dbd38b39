/**
 * A custom scalar's behaviour (serialize, parse) for a scalar the SDL declares and documents. graphql-tools
 * copies every own property of a GraphQLScalarType resolver onto the schema's scalar, `description:
 * undefined` included, so a scalar built in code lost its SDL description in introspection (GraphiQL's docs
 * showed nothing for Pence). The properties left unset are removed, so the SDL's stand.
 */
import { GraphQLScalarType, type GraphQLScalarTypeConfig } from 'graphql';

type Behaviour<TInternal, TExternal> = Omit<GraphQLScalarTypeConfig<TInternal, TExternal>, 'description' | 'specifiedByURL' | 'astNode' | 'extensionASTNodes'>;

export function sdlScalar<TInternal, TExternal>(behaviour: Behaviour<TInternal, TExternal>): GraphQLScalarType<TInternal, TExternal> {
  const scalar = new GraphQLScalarType(behaviour);
  for (const key of ['description', 'specifiedByURL', 'astNode'] as const) {
    if (scalar[key] == null) delete (scalar as unknown as Record<string, unknown>)[key];
  }
  return scalar;
}
