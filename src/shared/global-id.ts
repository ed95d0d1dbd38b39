/**
 * Global ids (Relay's convention): the GraphQL type name and the item's key, base64url-encoded so clients
 * treat them as opaque. Keys are stable across loads, so ids are too.
 */
import { BadUserInputError } from './errors.js';

export function toGlobalId(typeName: string, key: string): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

/**
 * The id of a record that is not an item (a decision, an alignment, an edition's savings): made of the keys
 * that identify it, so a normalised client cache (Apollo's `__typename:id`) merges every route to it into one
 * entry. `node(id:)` answers null for it (it is not a `Node`); fetch the record by the route that gave it.
 */
export function recordId(typeName: string, ...keys: string[]): string {
  return toGlobalId(typeName, JSON.stringify(keys));
}

/** No id or key this API issues is longer; a longer one is refused before any work, and never echoed whole. */
export const MAX_ID_LENGTH = 1000;

/** An argument's value as error messages quote it: at most 80 characters, so an error never echoes a large input. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

export function fromGlobalId(id: string, argumentName = 'id'): { typeName: string; key: string } {
  if (id.length > MAX_ID_LENGTH) throw new BadUserInputError(argumentName, `${quoted(id)} is ${id.length} characters long; ids are at most ${MAX_ID_LENGTH}. Use the \`id\` field of an item.`);
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const at = decoded.indexOf(':');
  if (at <= 0 || !/^[A-Z][A-Za-z]+$/.test(decoded.slice(0, at))) {
    throw new BadUserInputError(argumentName, `${quoted(id)} is not an id this API issued; use the \`id\` field of an item.`);
  }
  return { typeName: decoded.slice(0, at), key: decoded.slice(at + 1) };
}

/** The key behind an id, checked to be the id of one of the expected types. */
export function keyOf(id: string, argumentName: string, ...typeNames: string[]): string {
  const { typeName, key } = fromGlobalId(id, argumentName);
  if (typeNames.length && !typeNames.includes(typeName)) {
    throw new BadUserInputError(argumentName, `expected the id of a ${typeNames.join(' or ')}, got the id of a ${typeName}.`);
  }
  return key;
}

/**
 * An argument that takes either an item's key (keys hold a "/", e.g. `mtfs-2017-21/AC3`) or its global id,
 * as finance officers copy keys from spreadsheets and clients pass ids.
 */
export function keyFromIdOrKey(idOrKey: string, argumentName: string, ...typeNames: string[]): string {
  if (idOrKey.length > MAX_ID_LENGTH) throw new BadUserInputError(argumentName, `${quoted(idOrKey)} is ${idOrKey.length} characters long; keys and ids are at most ${MAX_ID_LENGTH}.`);
  return idOrKey.includes('/') ? idOrKey.trim() : keyOf(idOrKey, argumentName, ...typeNames);
}
