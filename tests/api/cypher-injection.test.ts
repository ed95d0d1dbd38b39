/**
 * Cypher injection: text with quotes, backticks, comments, braces, `$` parameters and Unicode in every string
 * argument of the mutations and every field of the imports is stored and returned exactly as sent, and
 * changes nothing else (Cypher is always parameterised; this proves it for each entry point).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

const HOSTILE = [
  `O'Brien's "plan"`,
  "`Item`) DETACH DELETE n //",
  `x' }) MATCH (n) DETACH DELETE n //`,
  `"}) RETURN 1 UNION MATCH (t:ApiToken) RETURN t.hash //`,
  '$param ${x} {{}} $$',
  '}]->(x) /* comment */ // line',
  'Ünïcödé 😀 עברית \u202eRTL\u202c 中文 e\u0301',
  'back\\slash \\u0041 \\" \\\\',
];

let db: Database;
let server: TestServer;
let editor: string;
let admin: string;
useSeededServer((env) => ({ db, server } = env), { GT_RATE_LIMIT_PER_TOKEN: '0', GT_RATE_LIMIT_PER_ADDRESS: '0' });
beforeAll(async () => {
  editor = (await createToken(db, 'Injection tester', 'editor', 'test')).token;
  admin = (await createToken(db, 'Injection admin', 'admin', 'test')).token;
});

const SUB_5_1 = toGlobalId('SubOutcome', '2022-26/5.1');
const ACTION = toGlobalId('Action', '2022-26/9.3-A2-3');
const itemCount = async () => (await db.read<{ n: number }>('test.items', 'MATCH (n:Item) RETURN count(n) AS n'))[0]!.n;

async function write<T = any>(query: string, variables: Record<string, unknown>, token = editor): Promise<T> {
  const result = await server.query(query, variables, token);
  if (result.errors) throw new Error(`expected no errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

describe.each(HOSTILE)('the text %j', (text) => {
  it('is kept verbatim by createAim, rewordItem, createMeasure, createAction and retireItem, and in the audit trail', async () => {
    const before = await itemCount();
    const { createAim: aim } = await write('mutation ($input: CreateAimInput!) { createAim(input: $input) { id text version } }', { input: { subOutcome: SUB_5_1, text } });
    expect(aim.text).toBe(text);
    const { createMeasure: measure } = await write('mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { name unit target } }',
      { input: { for: aim.id, name: text, unit: text, target: text } });
    expect(measure).toEqual({ name: text, unit: text, target: text });
    const reworded = `${text} (reworded)`;
    const { rewordItem } = await write('mutation ($id: ID!, $v: Int!, $t: String!) { rewordItem(id: $id, expectedVersion: $v, text: $t) { item { ... on Aim { text version } } } }',
      { id: aim.id, v: aim.version, t: reworded });
    expect(rewordItem.item.text).toBe(reworded);
    const { createAction: action } = await write('mutation ($input: CreateActionInput!) { createAction(input: $input) { id text version } }',
      { input: { plan: '2022-26', under: aim.id, text } });
    expect(action.text).toBe(text);
    const { retireItem } = await write('mutation ($id: ID!, $v: Int!, $r: String!) { retireItem(id: $id, expectedVersion: $v, reason: $r) { item { ... on Action { retiredReason } } } }',
      { id: action.id, v: action.version, r: text });
    expect(retireItem.item.retiredReason).toBe(text);

    const read = await server.ask('query ($id: ID!) { node(id: $id) { ... on Aim { text measures { name unit target } } } }', { id: aim.id });
    expect(read.node).toEqual({ text: reworded, measures: [{ name: text, unit: text, target: text }] });
    const history = await server.ask('query ($id: ID!) { history(id: $id) { action after } }', { id: aim.id });
    expect(history.history.map((e: any) => e.after).join('\n')).toContain(JSON.stringify(reworded).slice(1, -1));
    expect(await itemCount()).toBe(before + 3);
  });

  it('is kept verbatim by createLink, updateLink and retireLink', async () => {
    const { createLink: link } = await write('mutation ($input: CreateLinkInput!) { createLink(input: $input) { id rationale version } }',
      { input: { from: ACTION, to: SUB_5_1, kind: 'SUPPORTS', rationale: text } });
    expect(link.rationale).toBe(text);
    const updated = `${text} (updated)`;
    const { updateLink } = await write('mutation ($id: ID!, $v: Int!, $r: String!) { updateLink(id: $id, expectedVersion: $v, input: { rationale: $r }) { rationale version } }',
      { id: link.id, v: link.version, r: updated });
    expect(updateLink.rationale).toBe(updated);
    const { retireLink } = await write('mutation ($id: ID!, $v: Int!, $r: String!) { retireLink(id: $id, expectedVersion: $v, reason: $r) { retiredReason rationale } }',
      { id: link.id, v: updateLink.version, r: text });
    expect(retireLink).toEqual({ retiredReason: text, rationale: updated });
  });

  it('is kept verbatim as a token name, and as an unknown owner key is echoed in the error without writing', async () => {
    const { createApiToken } = await write('mutation ($n: String!) { createApiToken(role: VIEWER, name: $n) { apiToken { id name } } }', { n: text }, admin);
    expect(createApiToken.apiToken.name).toBe(text);
    const listed = await server.query('{ apiTokens { id name } }', {}, admin);
    expect(listed.data!.apiTokens.find((t: any) => t.id === createApiToken.apiToken.id).name).toBe(text);

    const before = await itemCount();
    const refused = await server.query('mutation ($input: CreateAimInput!) { createAim(input: $input) { id } }', { input: { subOutcome: SUB_5_1, text: 'An aim', owner: text } }, editor);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toContain(`"${text}"`);
    expect(await itemCount()).toBe(before);
  });

  it('is kept verbatim in the text fields of partner-priorities, links (YAML) and savings-lines imports, and as the source name', async () => {
    const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const code = `FZ-${HOSTILE.indexOf(text)}`;
    const priorities = `strategy,code,name,parent,description,illustrative\njhws,${code},${csvCell(text)},,${csvCell(text)},yes\n`;
    const imported = await write(`mutation ($c: String!, $s: String!) { importFile(kind: "partner-priorities", format: CSV, content: $c, source: $s) { added source } }`, { c: priorities, s: text });
    expect(imported.importFile).toEqual({ added: 1, source: text });
    const jhws = await server.ask('{ document(key: "jhws") { priorities { code name description } } }');
    expect(jhws.document.priorities.find((p: any) => p.code === code)).toEqual({ code, name: text, description: text });

    const yaml = `- from: jhws/${code}\n  kind: ALIGNS_WITH\n  to: 2022-26/5.1\n  rationale: ${JSON.stringify(text)}\n`;
    const links = await write(`mutation ($c: String!, $s: String!) { importFile(kind: "links", format: YAML, content: $c, source: $s) { added } }`, { c: yaml, s: `${text}.yaml` });
    expect(links.importFile.added).toBe(1);
    const found = await server.ask('{ links(plan: "2022-26", first: 500) { edges { node { rationale from { ... on PartnerPriority { code } } } } } }');
    expect(found.links.edges.map((e: any) => e.node).find((n: any) => n.from.code === code)?.rationale).toBe(text);

    const savings = `reference,department,description,status,2022/23 (£000),affects,illustrative\n${code},Public Health Department,${csvCell(text)},on track,£10,2022-26/9.3 100%,yes\n`;
    const loaded = await write(`mutation ($c: String!, $s: String!) { importFile(kind: "savings-lines", format: CSV, content: $c, source: $s, edition: "mtfs-2021") { added changes { key } } }`, { c: savings, s: text });
    expect(loaded.importFile.added).toBe(1);
    const line = await server.ask('query ($id: ID!) { node(id: $id) { ... on SavingsLine { reference description } } }', { id: toGlobalId('SavingsLine', loaded.importFile.changes[0].key) });
    expect(line.node).toEqual({ reference: code, description: text });
  });
});

describe('any text an analyst might type', () => {
  it('comes back exactly as sent (random strings, whitespace already normalised)', async () => {
    await fc.assert(fc.asyncProperty(
      fc.string({ unit: 'grapheme', minLength: 3, maxLength: 80 }).filter((s) => s.trim().replace(/\s+/g, ' ') === s && s.length >= 3),
      async (text) => {
        const { createAim } = await write('mutation ($input: CreateAimInput!) { createAim(input: $input) { id text } }', { input: { subOutcome: SUB_5_1, text } });
        expect(createAim.text).toBe(text);
        const read = await server.ask('query ($id: ID!) { node(id: $id) { ... on Aim { text } } }', { id: createAim.id });
        expect(read.node.text).toBe(text);
      },
    ), { numRuns: 40 });
  });
});
