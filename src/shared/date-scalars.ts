/**
 * The `Date` and `DateTime` scalars (schema/base.graphql documents them): graphql-scalars checks the formats
 * (RFC 3339 `full-date` and `date-time`), so a malformed stored value is an error rather than a string a client
 * cannot parse. Values travel as strings on both sides (the generated types map both to `string`), so a
 * parsed argument is the canonical string, never a JS Date. Wrapped by sdlScalar so the SDL's descriptions stand.
 */
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import type { GraphQLScalarType, ValueNode } from 'graphql';
import { sdlScalar } from './sdl-scalar.js';

/** A scalar that checks with graphql-scalars' own and always hands out its canonical string. */
function asString(checked: GraphQLScalarType): GraphQLScalarType<string, string> {
  // A stored string is checked and answered as stored: its full precision (Neo4j keeps nanoseconds, JS dates
  // milliseconds) is what `asOf` compares against. graphql-scalars answers a JS Date for a date-time.
  const serialize = (value: unknown): string => {
    const out: unknown = checked.serialize(value instanceof Date ? value : String(value));
    if (typeof value === 'string') return value;
    return out instanceof Date ? out.toISOString() : String(out);
  };
  const canonical = (parsed: unknown): string => serialize(parsed);
  return sdlScalar<string, string>({
    name: checked.name,
    serialize,
    parseValue: (value) => canonical(checked.parseValue(value)),
    parseLiteral: (ast: ValueNode, variables) => canonical(checked.parseLiteral(ast, variables)),
  });
}

export const dateScalars = { Date: asString(GraphQLDate), DateTime: asString(GraphQLDateTime) };
