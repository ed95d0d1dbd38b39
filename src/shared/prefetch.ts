/**
 * Look-ahead prefetch: a root field that knows the key its subtree hangs from (a plan's key is its period; a
 * sub-outcome's key is `<plan>/<code>` when asked by code) starts the loads of the fields selected below it in
 * the same tick as its own, so the whole question goes to Neo4j in one wave instead of one per level. Each
 * domain declares, per type and field, how to start that field's load (`<domain>.prefetch.ts`); the root
 * resolver calls `prefetchBelow`. The loads are the loaders' own, so the answers are the same as without it:
 * the field resolvers later ask the same loader for the same key and get the promise already in flight. A
 * guessed key that turns out wrong costs one wasted statement in the same wave, never a wrong answer.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.js';
import { selectionOf, type Selected } from './look-ahead.js';

/** Starts the load one selected field will ask for; `selected` holds each alias's arguments and sub-selection. */
export type Prefetch = (key: string, selected: Selected[], context: GraphQLContext) => void;

/** Per GraphQL type, per field: how to start its load. */
export type Prefetchers = Record<string, Record<string, Prefetch>>;

export function mergePrefetchers(all: Prefetchers[]): Prefetchers {
  const merged: Prefetchers = {};
  for (const prefetchers of all) {
    for (const [type, fields] of Object.entries(prefetchers)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

/** A load started early must not turn into an unhandled rejection; the field that asks for it sees the error. */
export function early(load: Promise<unknown>): void {
  load.catch(() => undefined);
}

/**
 * Starts, for the item of type `typeName` and key `key`, the loads of the fields selected below `info`, with
 * every domain's prefetchers (the request's `context.prefetchers`).
 */
export function prefetchBelow(typeName: string, key: string, info: GraphQLResolveInfo, context: GraphQLContext): void {
  if (!context.compiled) return;
  const fields = context.prefetchers[typeName];
  if (!fields) return;
  const selection = selectionOf(info);
  for (const [field, prefetch] of Object.entries(fields)) {
    const selected = selection.get(field);
    if (selected) prefetch(key, selected, context);
  }
}
