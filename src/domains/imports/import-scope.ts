/**
 * What a scoped token may import: every row the import adds, changes or retires must be in the token's scope
 * (auth/organisation-scope.ts). Changed and retired items are checked as they were (so a row cannot move an
 * item out of another organisation's tree into the caller's), added and changed ones as they will be (so a
 * new outcome lands under one of the caller's plans); both checks run inside the import's one transaction,
 * so a refusal writes nothing. A links row is in scope when its from end is.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { requireInScope } from '../../auth/organisation-scope.js';
import type { Caller } from '../../auth/roles.js';
import { kindOfLinkKey } from '../links/link-rules.js';
import type { ImportDiff } from './import-kind.js';

const OPERATION = 'Importing a file';

/**
 * The item a record key stands for: a links row (`from|KIND|to`) for its from end, a progress row
 * (`item|period`) for its measure or action, any other row for itself.
 */
const itemOf = (kind: string, key: string) => (kind === 'links' || kind === 'progress' ? key.split('|')[0]! : key);

/** Retired links are named by link key (`KIND:uuid`): their from ends, found by the kind the key carries. */
async function fromEndsOfLinks(tx: ManagedTransaction, keys: readonly string[]): Promise<string[]> {
  const ends: string[] = [];
  for (const key of keys) {
    const type = kindOfLinkKey(key);
    if (!type) continue;
    const result = await tx.run(`MATCH (a)-[r:${type} {key: $key}]->() RETURN a.key AS from`, { key });
    for (const r of result.records) ends.push(r.get('from') as string);
  }
  return ends;
}

export async function checkScopeBeforeApply<V>(tx: ManagedTransaction, caller: Caller | null, kind: string, diff: ImportDiff<V>): Promise<void> {
  if (!caller?.scope) return;
  const retired = kind === 'links' ? await fromEndsOfLinks(tx, diff.retired) : diff.retired;
  await requireInScope(tx, caller, OPERATION, [
    ...diff.changed.map((c) => ({ argument: `line ${c.record.line}`, key: itemOf(kind, c.record.key) })),
    ...retired.map((key) => ({ argument: 'a row this import would retire', key })),
  ]);
}

export async function checkScopeAfterApply<V>(tx: ManagedTransaction, caller: Caller | null, kind: string, diff: ImportDiff<V>): Promise<void> {
  if (!caller?.scope) return;
  await requireInScope(tx, caller, OPERATION, [
    ...diff.added.map((r) => ({ argument: `line ${r.line}`, key: itemOf(kind, r.key) })),
    ...diff.changed.map((c) => ({ argument: `line ${c.record.line}`, key: itemOf(kind, c.record.key) })),
  ]);
}
