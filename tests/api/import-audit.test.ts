/**
 * The audit trail of an import: an imported file writes one audit event holding its rows' changes (not one
 * per row: that was most of a bulk load's writes), and `history(id:)` of an imported item or link still
 * answers who changed it, when, and from what to what, showing only that item's change from each file.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
let editor: string;
useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  editor = (await createToken(db, 'Import officer', 'editor', 'test')).token;
});

const IMPORT = `mutation ($kind: String!, $content: String!, $source: String!) {
  importFile(kind: $kind, format: CSV, content: $content, source: $source) { added changed retired unchanged }
}`;
const load = async (kind: string, content: string, source: string) => {
  const result = await server.query(IMPORT, { kind, content, source }, editor);
  expect(result.errors).toBeUndefined();
  return result.data!.importFile;
};
const auditEvents = async () => (await db.read<{ n: number }>('test.audit', 'MATCH (e:AuditEvent) RETURN count(e) AS n'))[0]!.n;
const EVENT = 'action actor targetKey targetType before after at requestId';
const historyOf = async (id: string) => (await server.query(`{ history(id: "${id}") { ${EVENT} } }`)).data!.history as Record<string, string | null>[];

describe('importing a file', () => {
  const csv = readFileSync('seeds/examples/thread-items.csv', 'utf8');
  const ACTION = 'example-2026-30/1.1-A1-1';
  const OUTCOME = 'example-2026-30/1';

  it('writes one audit event for the whole file, and each item\'s history shows its own change', async () => {
    const before = await auditEvents();
    expect(await load('thread-items', csv, 'thread-items.sample')).toEqual({ added: 8, changed: 0, retired: 0, unchanged: 0 });
    expect(await auditEvents()).toBe(before + 1);

    const history = await historyOf(toGlobalId('Action', ACTION));
    expect(history).toEqual([expect.objectContaining({ action: 'item.import', actor: 'Import officer', targetKey: ACTION, targetType: 'ACTION', before: null })]);
    expect(JSON.parse(history[0]!.after!)).toMatchObject({ type: 'ACTION', parent: 'example-2026-30/1.1-A1', owner: 'example-adults-department' });
    expect(history[0]!.requestId).toEqual(expect.any(String));
    expect(Date.parse(history[0]!.at!)).not.toBeNaN();
    // Another row of the same file: its own change only, never the action's.
    const outcome = await historyOf(toGlobalId('Outcome', OUTCOME));
    expect(outcome.map((e) => [e.action, e.targetKey])).toEqual([['item.import', OUTCOME]]);
    expect(JSON.stringify(outcome)).not.toContain(ACTION);
  });

  it('shows a re-import\'s change of an item newest first, above the import that added it, from what to what', async () => {
    const renamed = csv.replace(/^(ACTION,[^,]*,[^,]*,[^,]*,)Open three/m, '$1Open four');
    expect(renamed).not.toBe(csv);
    const before = await auditEvents();
    expect(await load('thread-items', renamed, 'thread-items.sample')).toMatchObject({ added: 0, changed: 1, unchanged: 7 });
    expect(await auditEvents()).toBe(before + 1);
    const history = await historyOf(toGlobalId('Action', ACTION));
    expect(history.map((e) => e.action)).toEqual(['item.import.update', 'item.import']);
    expect(history[1]!.after).toContain('Open three');
    expect(history[0]!.after).toContain('Open four');
    expect(history[0]!.at! >= history[1]!.at!).toBe(true);
    // The unchanged outcome has no event from the second file.
    expect((await historyOf(toGlobalId('Outcome', OUTCOME))).map((e) => e.action)).toEqual(['item.import']);
  });
});

describe('importing links', () => {
  const csv = readFileSync('seeds/examples/links.csv', 'utf8');

  it('gives each imported link its history, with the rationale before and after a re-import changed it', async () => {
    const before = await auditEvents();
    expect(await load('links', csv, 'audit-links.csv')).toMatchObject({ added: 3 });
    expect(await auditEvents()).toBe(before + 1);
    const proposed = await server.ask('{ links(statuses: [PROPOSED], first: 500) { edges { node { id rationale } } } }');
    const linkId = proposed.links.edges.find((e: any) => e.node.rationale?.includes('includes active travel')).node.id as string;

    const edited = csv.replace('includes active travel', 'relies on active travel');
    expect(await load('links', edited, 'audit-links.csv')).toMatchObject({ changed: 1, unchanged: 2 });
    const history = await historyOf(linkId);
    expect(history.map((e) => [e.action, e.actor, e.targetType])).toEqual([['link.import.update', 'Import officer', 'Link'], ['link.import', 'Import officer', 'Link']]);
    expect(JSON.parse(history[0]!.before!).rationale).toMatch(/includes active travel/);
    expect(JSON.parse(history[0]!.after!).rationale).toMatch(/relies on active travel/);
    expect(new Set(history.map((e) => e.targetKey)).size).toBe(1);
  });
});
