/**
 * Which rows a file adds are new to the graph: no node has their key, not even a retired one. Those are
 * CREATEd with their links in one statement (nothing to match, merge or retire); the rest take their kind's
 * MERGE path. One read, of keys only.
 */
import type { ManagedTransaction } from 'neo4j-driver';

/** The label whose key index the look-up starts from (a fixed name: labels cannot be parameters). */
type KeyedLabel = 'Item' | 'SavingsLine';

export async function splitNewToGraph<R extends { key: string; added: boolean }>(tx: ManagedTransaction, label: KeyedLabel, rows: readonly R[]): Promise<{ fresh: R[]; others: R[] }> {
  const keys = rows.filter((r) => r.added).map((r) => r.key);
  const stored = keys.length ? await tx.run(`UNWIND $keys AS key MATCH (n:${label} {key: key}) RETURN key`, { keys }) : null;
  const inGraph = new Set(stored?.records.map((r) => r.get('key') as string) ?? []);
  return { fresh: rows.filter((r) => r.added && !inGraph.has(r.key)), others: rows.filter((r) => !r.added || inGraph.has(r.key)) };
}
