/**
 * The DataLoader contract in one place: a batch function must return one entry per key, in key order, with
 * `null` (or an Error) where nothing was found. Repositories return rows in any order; these line them up.
 */
import DataLoader from 'dataloader';

/** One row (or null) per key, for loaders whose key identifies a single item. */
export function oneByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** A list (possibly empty) per key, for loaders of children; rows keep their order within each key. */
export function manyByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * The items DataLoader.loadMany found, without the misses (null). A failure (an Error in place, e.g. the
 * database went away) is thrown, never dropped: a silently shorter list would be a wrong answer.
 */
export function found<V>(results: readonly (V | Error | null)[]): V[] {
  const failure = results.find((r): r is Error => r instanceof Error);
  if (failure) throw failure;
  return results.filter((r): r is V => r !== null);
}

/**
 * The item another item of the graph refers to (an outcome's plan, a citation's source): it must exist, so
 * a miss is a broken reference in the data, reported as such (an internal error with the key in the log),
 * never passed on as null to a non-null field.
 */
export async function loadRequired<K, V>(loader: { load(key: K): Promise<V | null> }, key: K): Promise<V> {
  const item = await loader.load(key);
  if (item === null || item === undefined) {
    throw new Error(`The graph refers to ${JSON.stringify(key)}, which it does not hold: a dangling reference in the data (check the seed files or the last import that wrote it).`);
  }
  return item;
}

/** A loader of one item (or null) per key, from a statement that finds the rows of many keys at once. */
export function byKey<V>(find: (keys: readonly string[]) => Promise<readonly V[]>, keyOf: (row: V) => string): DataLoader<string, V | null> {
  return new DataLoader(async (keys: readonly string[]) => oneByKey(keys, await find(keys), keyOf));
}

/**
 * A loader of a list per key (a parent's children), from a statement that finds the rows of many keys at
 * once; a row whose parent key is null belongs to no list.
 */
export function listByKey<V>(find: (keys: readonly string[]) => Promise<readonly V[]>, keyOf: (row: V) => string | null): DataLoader<string, V[]> {
  return new DataLoader(async (keys: readonly string[]) => manyByKey<string | null, V>(keys, await find(keys), keyOf));
}
