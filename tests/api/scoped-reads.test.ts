/**
 * Scoped reads: with GT_ANONYMOUS_READ=false a token scoped to an organisation reads what its organisation
 * owns plus what that links to, and nothing else, by every read route. One graph holds two councils: the
 * seeds' (Leicestershire, `lcc`) and a synthetic one (`c001-council`, with its partnerships). A viewer
 * scoped to `lcc` must not see the synthetic council's plan, action, savings line, MTFS edition or history,
 * but does see the synthetic partnership's priority one of Leicestershire's outcomes contributes to. Each
 * route is asked by an unscoped viewer too, which must see the other council's items: so every check here
 * failed before reads were scoped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScopeOf } from '../../src/auth/organisation-scope.js';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { loadSyntheticCouncils } from '../../src/synthetic/load-councils.js';
import { openTestDatabase, resetToSeeds } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let closed: TestServer;
let open: TestServer;
const tokens = { unscoped: '', lcc: '', lccEditor: '', c001Editor: '' };
const b = { plan: 'c001-2022-26', action: '', actionText: '', sub: '', subCode: '', line: '', lineReference: '', edition: '', priority: '' };
let lccOutcome = '';
let lccSub = '';
/** Every key the synthetic council owns, found with the scope rule the writes use (not the one under test). */
let bKeys = new Set<string>();
let lccKeys = new Set<string>();

const one = async <T = string>(cypher: string, field = 'key') => (await db.read<Record<string, T>>('test.scope', cypher))[0]![field] as T;
const keysOf = async (scope: string) =>
  new Set((await db.read<{ key: string }>('test.scope', `MATCH (n) WHERE n.key IS NOT NULL AND NOT n:AuditEvent AND ${inScopeOf('n', '$scope')} RETURN n.key AS key`, { scope })).map((r) => r.key));

/** Every key an answer names: strings as they are, and the key inside every global id. */
function keysIn(data: unknown, found = new Set<string>()): Set<string> {
  if (typeof data === 'string') {
    found.add(data);
    const decoded = /^[A-Za-z0-9_-]{4,}$/.test(data) ? Buffer.from(data, 'base64url').toString('utf8') : '';
    const at = decoded.indexOf(':');
    if (at > 0 && /^[A-Z][A-Za-z]+$/.test(decoded.slice(0, at))) found.add(decoded.slice(at + 1));
  } else if (Array.isArray(data)) data.forEach((d) => keysIn(d, found));
  else if (data && typeof data === 'object') Object.values(data).forEach((d) => keysIn(d, found));
  return found;
}
const namesB = (data: unknown) => [...keysIn(data)].filter((k) => bKeys.has(k));

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
  await loadSyntheticCouncils(db, { seed: 5, councils: 1, batchSize: 1 });
  closed = await startTestServer(db, { env: { GT_ANONYMOUS_READ: 'false' } });
  open = await startTestServer(db);
  const admin = (await createToken(db, 'Admin', 'admin', 'test')).token;
  tokens.unscoped = (await createToken(db, 'Any viewer', 'viewer', 'test')).token;
  const scoped = async (name: string, role: string, scope: string) =>
    (await closed.query(`mutation { createApiToken(role: ${role}, name: "${name}", scope: "${scope}") { token } }`, undefined, admin)).data!.createApiToken.token as string;
  tokens.lcc = await scoped('Leicestershire reader', 'VIEWER', 'lcc');
  tokens.lccEditor = await scoped('Leicestershire writer', 'EDITOR', 'lcc');
  tokens.c001Editor = await scoped('Synthetic council writer', 'EDITOR', 'c001-council');
  b.action = await one(`MATCH (:StrategicPlan {key: '${b.plan}'})-[:HAS_OUTCOME]->()-[:HAS_SUB_OUTCOME]->()-[:HAS_AIM*0..1]->()-[:HAS_ACTION]->(a:Action) WHERE a.retiredAt IS NULL RETURN a.key AS key ORDER BY key LIMIT 1`);
  b.sub = await one(`MATCH (:StrategicPlan {key: '${b.plan}'})-[:HAS_OUTCOME]->()-[:HAS_SUB_OUTCOME]->(s:SubOutcome) RETURN s.key AS key ORDER BY key LIMIT 1`);
  b.subCode = await one(`MATCH (s:SubOutcome {key: '${b.sub}'}) RETURN s.code AS code`, 'code');
  b.line = await one("MATCH (:Organisation {key: 'c001-council'})<-[:OWNED_BY]-(:Document)-[:HAS_SAVINGS_LINE]->(l:SavingsLine) RETURN l.key AS key ORDER BY key LIMIT 1");
  b.lineReference = await one(`MATCH (l:SavingsLine {key: '${b.line}'}) RETURN l.reference AS reference`, 'reference');
  b.edition = await one("MATCH (:Organisation {key: 'c001-council'})<-[:OWNED_BY]-(e:Document {kind: 'FINANCIAL_STRATEGY'}) RETURN e.key AS key");
  b.priority = await one("MATCH (:Organisation {key: 'c001-partnership-1'})<-[:OWNED_BY]-(:Document)-[:HAS_PRIORITY]->(p:PartnerPriority) RETURN p.key AS key ORDER BY key LIMIT 1");
  lccOutcome = await one("MATCH (:StrategicPlan {key: '2022-26'})-[:HAS_OUTCOME]->(o:Outcome) RETURN o.key AS key ORDER BY key LIMIT 1");
  // The synthetic council's history: its own editor rewords its action.
  const version = await one<number>(`MATCH (a:Action {key: '${b.action}'}) RETURN coalesce(a.version, 0) AS v`, 'v');
  b.actionText = 'Reworded by the synthetic council to open community hubs';
  const reword = await closed.query('mutation ($id: ID!, $v: Int!, $t: String!) { rewordItem(id: $id, expectedVersion: $v, text: $t) { item { id } } }',
    { id: toGlobalId('Action', b.action), v: version, t: b.actionText }, tokens.c001Editor);
  expect(reword.errors).toBeUndefined();
  const measure = await closed.query('mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }',
    { input: { for: toGlobalId('SubOutcome', b.sub), name: 'Community hubs opened' } }, tokens.c001Editor);
  expect(measure.errors).toBeUndefined();
  // Leicestershire's outcome contributes to the partnership's priority: the one item outside its scope it may read.
  const link = await closed.query('mutation ($input: CreateLinkInput!) { createLink(input: $input) { id } }',
    { input: { from: toGlobalId('Outcome', lccOutcome), to: toGlobalId('PartnerPriority', b.priority), kind: 'CONTRIBUTES_TO', rationale: 'Both aim at healthier lives.' } }, tokens.lccEditor);
  expect(link.errors).toBeUndefined();
  // The other council's action supports a Leicestershire sub-outcome: a link into Leicestershire's plan from outside.
  lccSub = await one("MATCH (:StrategicPlan {key: '2022-26'})-[:HAS_OUTCOME]->()-[:HAS_SUB_OUTCOME]->(s:SubOutcome)-[:HAS_AIM*0..1]->()-[:HAS_ACTION]->(:Action) RETURN DISTINCT s.key AS key ORDER BY key LIMIT 1");
  const inbound = await closed.query('mutation ($input: CreateLinkInput!) { createLink(input: $input) { id } }',
    { input: { from: B_ACTION(), to: toGlobalId('SubOutcome', lccSub), kind: 'SUPPORTS', rationale: 'Hubs serve both councils.', strength: 'CONTRIBUTORY' } }, tokens.c001Editor);
  expect(inbound.errors).toBeUndefined();
  bKeys = await keysOf('c001-council');
  lccKeys = await keysOf('lcc');
  expect(bKeys.has(b.action) && bKeys.has(b.line) && bKeys.has(b.edition) && !bKeys.has(b.priority)).toBe(true);
}, 300_000);

afterAll(async () => {
  await closed?.close();
  await open?.close();
  await db?.close();
});

const B_ACTION = () => toGlobalId('Action', b.action);
/** Every read route, each asking for the synthetic council's items. */
const ROUTES: Record<string, () => string> = {
  'plans(council:)': () => '{ plans(council: "c001-council") { id key title outcomes { id subOutcomes { id } } } }',
  'plan(period:)': () => '{ plan(council: "c001-council", period: "2022-26") { id key outcomes { id } } }',
  'subOutcome(code:)': () => `{ subOutcome(council: "c001-council", plan: "2022-26", code: "${b.subCode}") { id name } }`,
  'node(id:)': () => `{ node(id: "${B_ACTION()}") { id ... on Action { text } } }`,
  'nodes(ids:)': () => `{ nodes(ids: ["${B_ACTION()}", "${toGlobalId('SavingsLine', b.line)}", "${toGlobalId('Document', b.edition)}"]) { id } }`,
  'councils': () => '{ councils { key plans { id } financialStrategies { key } } }',
  'organisation(key:)': () => '{ organisation(key: "c001-council") { id key name } }',
  'document(key:)': () => `{ document(key: "${b.edition}") { id key title } }`,
  'documents': () => '{ documents { id key } }',
  'savings(edition:)': () => `{ savings(council: "c001-council", edition: "${b.edition}") { lines { id key } csv(view: LINES) } }`,
  'measures': () => '{ measures { id key } }',
  'savingsLine(reference:)': () => `{ savingsLine(council: "c001-council", edition: "${b.edition}", reference: "${b.lineReference}") { id key description } }`,
  'search(text:)': () => '{ search(text: "community hubs", first: 100) { edges { node { id } trail { id } } } }',
  'neighbours(id:)': () => `{ neighbours(id: "${B_ACTION()}") { item { id } } }`,
  'neighbourhoods(ids:)': () => `{ neighbourhoods(ids: ["${toGlobalId('SubOutcome', b.sub)}"]) { of neighbours { item { id } } } }`,
  'paths(from:, to:)': () => `{ paths(from: "${toGlobalId('SubOutcome', b.sub)}", to: "${B_ACTION()}") { items { id } } }`,
  'links(plan:)': () => `{ links(plan: "${b.plan}", statuses: [PROPOSED, VALIDATED, SUSPECT, RETIRED]) { edges { node { id from { id } to { id } } } } }`,
  'history(id:)': () => `{ history(id: "${B_ACTION()}") { targetKey after } }`,
  'history(actor:)': () => '{ history(actor: "Synthetic council writer") { targetKey after } }',
};

describe('a viewer scoped to one council, with anonymous reading off', () => {
  for (const [route, query] of Object.entries(ROUTES)) {
    it(`cannot read the other council's items through ${route}`, async () => {
      const unscoped = await closed.query(query(), undefined, tokens.unscoped);
      expect(unscoped.errors).toBeUndefined();
      // The route does reach the other council's items for a reader without a scope...
      expect(namesB(unscoped.data).length).toBeGreaterThan(0);
      // ...and names none of them for the scoped one, with no error: what it may not read is simply not there.
      const scoped = await closed.query(query(), undefined, tokens.lcc);
      expect(scoped.errors).toBeUndefined();
      expect(namesB(scoped.data)).toEqual([]);
    });
  }

  it('answers null for a single item, null in place in nodes(ids:), and leaves the rest out of lists', async () => {
    const plan = await closed.query(ROUTES['plan(period:)']!(), undefined, tokens.lcc);
    expect(plan.data!.plan).toBeNull();
    const lccAction = await one("MATCH (:StrategicPlan {key: '2022-26'})-[:HAS_OUTCOME]->()-[:HAS_SUB_OUTCOME]->()-[:HAS_AIM*0..1]->()-[:HAS_ACTION]->(a:Action) RETURN a.key AS key ORDER BY key LIMIT 1");
    const nodes = await closed.query(`{ nodes(ids: ["${B_ACTION()}", "${toGlobalId('Action', lccAction)}"]) { id } }`, undefined, tokens.lcc);
    expect(nodes.data!.nodes).toEqual([null, { id: toGlobalId('Action', lccAction) }]);
    const councils = await closed.query('{ councils { key } }', undefined, tokens.lcc);
    expect(councils.data!.councils.map((c: { key: string }) => c.key)).toEqual(['lcc']);
  });

  it('cannot ask what another council\'s savings lines affect, nor export the graph as a scoped admin', async () => {
    const impact = await closed.query(`{ savingsImpact(lines: ["${toGlobalId('SavingsLine', b.line)}"]) { total { total { pence } } } }`, undefined, tokens.lcc);
    expect(impact.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', scope: 'lcc' });
    expect(namesB(impact.data)).toEqual([]);
    const admin = (await closed.query('mutation { createApiToken(role: ADMIN, name: "Leicestershire admin", scope: "lcc") { token } }', undefined, (await createToken(db, 'Root', 'admin', 'test')).token)).data!.createApiToken.token as string;
    const exported = await closed.query('{ exportGraph }', undefined, admin);
    expect(exported.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'lcc' });
  });

  it('cannot download the other council\'s savings as CSV', async () => {
    const get = (token: string) => fetch(`${closed.url}/export/savings/${b.edition}/lines.csv`, { headers: { authorization: `Bearer ${token}` } });
    const unscoped = await get(tokens.unscoped);
    expect(unscoped.status).toBe(200);
    expect(await unscoped.text()).toContain(b.lineReference);
    const scoped = await get(tokens.lcc);
    expect(scoped.status).toBe(404);
    expect(await scoped.text()).not.toContain(b.lineReference);
  });

  it('reads the partnership priority its council\'s outcome contributes to, and its own plan as any reader does', async () => {
    const id = toGlobalId('PartnerPriority', b.priority);
    const priority = await closed.query(`{ node(id: "${id}") { id ... on PartnerPriority { name strategy { title } } } }`, undefined, tokens.lcc);
    expect(priority.errors).toBeUndefined();
    expect(priority.data!.node).toMatchObject({ id });
    // Its neighbours: only what the token may read (the outcome that links to it), not the partnership's tree.
    const around = await closed.query(`{ neighbours(id: "${id}") { item { id } } }`, undefined, tokens.lcc);
    const seen = [...keysIn(around.data)].filter((k) => k !== b.priority && (bKeys.has(k) || /^c001-/.test(k)));
    expect(seen).toEqual([]);
    expect(around.data!.neighbours.map((n: { item: { id: string } }) => n.item.id)).toContain(toGlobalId('Outcome', lccOutcome));
    const link = await closed.query(`{ links(plan: "2022-26") { edges { node { to { id } } } } }`, undefined, tokens.lcc);
    expect(link.data!.links.edges.map((e: { node: { to: { id: string } } }) => e.node.to.id)).toContain(id);
    const tree = '{ plan(period: "2022-26") { key outcomes { code name subOutcomes { code name aims { code text actions { code text } } } } } }';
    const mine = await closed.query(tree, undefined, tokens.lcc);
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual((await closed.query(tree, undefined, tokens.unscoped)).data);
    expect([...keysIn(mine.data)].some((k) => lccKeys.has(k))).toBe(true);
  });
});

describe('counts of what a scoped viewer reads', () => {
  it('links and supporting actions are paged and counted over what it may read: another council\'s link into its plan is left out', async () => {
    const LINKS = '{ links(plan: "2022-26", first: 500) { totalCount edges { node { from { id } } } } }';
    const all = (await closed.query(LINKS, undefined, tokens.unscoped)).data!.links;
    const mine = (await closed.query(LINKS, undefined, tokens.lcc)).data!.links;
    expect(all.edges.map((e: any) => e.node.from.id)).toContain(B_ACTION());
    expect(mine.edges.map((e: any) => e.node.from.id)).not.toContain(B_ACTION());
    expect(mine.totalCount).toBe(mine.edges.length);
    expect(mine.totalCount).toBeLessThan(all.totalCount);
    const SUPPORT = `{ node(id: "${toGlobalId('SubOutcome', lccSub)}") { ... on SubOutcome { supportingActions(first: 500) { totalCount edges { node { id } } } } } }`;
    const allSupport = (await closed.query(SUPPORT, undefined, tokens.unscoped)).data!.node.supportingActions;
    const mySupport = (await closed.query(SUPPORT, undefined, tokens.lcc)).data!.node.supportingActions;
    expect(allSupport.edges.map((e: any) => e.node.id)).toContain(B_ACTION());
    expect(mySupport.edges.map((e: any) => e.node.id)).not.toContain(B_ACTION());
    expect(mySupport.edges.length).toBeGreaterThan(0);
    expect(mySupport.totalCount).toBe(allSupport.totalCount - 1);
    expect(mySupport.totalCount).toBe(mySupport.edges.length);
  });
});

describe('when reads are not limited', () => {
  it('a scoped token reads everything when anonymous reading is on, and an unscoped one when it is off', async () => {
    const scopedOpen = await open.query(ROUTES['plan(period:)']!(), undefined, tokens.lcc);
    expect(scopedOpen.data!.plan).toMatchObject({ key: b.plan });
    const unscopedClosed = await closed.query(ROUTES['node(id:)']!(), undefined, tokens.unscoped);
    expect(unscopedClosed.data!.node).toMatchObject({ id: B_ACTION(), text: b.actionText });
    // No extra statement for them: the readable set is found only for a scoped token with anonymous reading off.
    const plain = await open.query(ROUTES['node(id:)']!(), undefined, tokens.lcc);
    const limited = await closed.query(ROUTES['node(id:)']!(), undefined, tokens.lcc);
    expect(limited.extensions!.cypherQueries).toBe(plain.extensions!.cypherQueries! + 1);
  });
});
