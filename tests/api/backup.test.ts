/**
 * Backup and restore: an export of the seed data plus analysts' changes, restored into an empty graph and
 * exported again, is the same (apart from the export's own date); links go to a spreadsheet and back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import { exportLinksCsv } from '../../src/domains/backup/links-csv.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { resetGraph } from '../helpers/test-graph.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
let admin: string;
let editor: string;

const withoutDate = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');

useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  admin = (await createToken(db, 'Admin', 'admin', 'test')).token;
  editor = (await createToken(db, 'Editor', 'editor', 'test')).token;
  const link = await server.query(`mutation { createLink(input: { from: "${toGlobalId('Action', '2022-26/9.3-A2-3')}", to: "${toGlobalId('SubOutcome', '2022-26/5.4')}",
    kind: SUPPORTS, rationale: "=HYPERLINK(\\"x\\") looks like a formula, and has \\"quotes\\", commas" }) { id } }`, undefined, editor);
  expect(link.errors).toBeUndefined();
});

describe('export and restore', () => {
  it('is for admins only over the API', async () => {
    const asEditor = await server.query('{ exportGraph }', undefined, editor);
    expect(asEditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const restore = await server.query('mutation { restoreGraph(content: "{}") { nodes } }', undefined, editor);
    expect(restore.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to restore over existing data, and a file that is not an export', async () => {
    const exported = (await server.query('{ exportGraph }', undefined, admin)).data!.exportGraph as string;
    const over = await server.query('mutation ($c: String!) { restoreGraph(content: $c) { nodes } }', { c: exported }, admin);
    expect(over.errors?.[0]?.message).toMatch(/graph is not empty.*restore into an empty database/);
    const junk = await server.query('mutation { restoreGraph(content: "[1, 2]") { nodes } }', undefined, admin);
    expect(junk.errors?.[0]?.message).toMatch(/not a golden-thread-export version 1 file/);
  });

  it('round-trips the whole graph (seed data, analysts\' links, tokens, audit trail) byte for byte', async () => {
    const first = (await server.query('{ exportGraph }', undefined, admin)).data!.exportGraph as string;
    const parsed = JSON.parse(first);
    expect(parsed.nodes.length).toBeGreaterThan(250);
    expect(parsed.nodes.some((n: any) => n.labels.includes('AuditEvent'))).toBe(true);

    // An admin restores into an empty graph: it holds only the admin's token (tokens are merged by id).
    await resetGraph(db);
    const restoredBy = (await createToken(db, 'Restorer', 'admin', 'test')).token;
    const restored = await server.query('mutation ($c: String!) { restoreGraph(content: $c) { nodes links } }', { c: first }, restoredBy);
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreGraph).toEqual({ nodes: parsed.nodes.length, links: parsed.links.length });

    // The same graph, byte for byte, but for the restorer's own token and the audit event of its creation.
    await db.write('test.dropRestorer', "MATCH (t:ApiToken {name: 'Restorer'}) DETACH DELETE t WITH 1 AS one MATCH (e:AuditEvent {action: 'token.create', actor: 'test'}) WHERE NOT e.id IN $ids DETACH DELETE e",
      { ids: parsed.nodes.filter((n: any) => n.labels.includes('AuditEvent')).map((n: any) => n.props.id) });
    const second = (await server.query('{ exportGraph }', undefined, admin)).data!.exportGraph as string;
    expect(withoutDate(second)).toBe(withoutDate(first));
    const answer = await server.query('{ subOutcome(plan: "2022-26", code: "9.3") { supportingActions { totalCount } } }');
    expect(answer.data!.subOutcome.supportingActions.totalCount).toBe(14);
  });

  it('exports one plan\'s tree on its own', async () => {
    const plan = JSON.parse((await server.query('{ exportGraph(plan: "2014-18") }', undefined, admin)).data!.exportGraph);
    expect(plan.scope).toBe('plan 2014-18');
    expect(plan.nodes.map((n: any) => n.labels.filter((l: string) => l !== 'Item').join(':')).sort()).toEqual([
      ...Array(5).fill('SubTheme'), 'Document:StrategicPlan', ...Array(5).fill('Theme'),
    ].sort());
  });
});

describe('links as a spreadsheet', () => {
  it('escapes formula-like cells so a spreadsheet shows them as text, and the importer reads them back unchanged', async () => {
    const csv = await exportLinksCsv(db);
    expect(csv.split('\n')[0]).toBe('from,kind,to,rationale,strength,share,illustrative');
    expect(csv).toContain(`2022-26/9.3-A2-3,SUPPORTS,2022-26/5.4,"'=HYPERLINK(""x"") looks like a formula, and has ""quotes"", commas",,`);
    const again = await server.query('mutation ($c: String!) { importFile(kind: "links", format: CSV, content: $c, source: "roundtrip.csv", dryRun: true) { unchanged added changed } }', { c: csv }, editor);
    expect(again.data!.importFile).toEqual({ unchanged: 1, added: 0, changed: 0 });
  });
});
