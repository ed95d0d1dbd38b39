/**
 * Tokens scoped to an organisation, on one graph holding two councils: the seed data's (Leicestershire,
 * `lcc`) and a synthetic council loaded through the import pipeline (`c001-council`, with its partnerships).
 * A scoped editor changes only what its organisation owns, may link from it to another organisation's item,
 * and is refused (FORBIDDEN, naming the item and the scope) anything else, through every mutation and every
 * import kind, with nothing written. Before scopes, any editor could change any council's items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { loadSyntheticCouncils } from '../../src/synthetic/load-councils.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { openTestDatabase, resetToSeeds } from '../helpers/test-graph.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
const tokens = { admin: '', lcc: '', c001: '', partnership: '', unscoped: '', lccAdmin: '' };
/** Items of each organisation, found in the graph (the synthetic council's keys are generated). */
const items = {
  lccAction: '', lccSub: '', lccOutcome: '', lccLine: '',
  c001Action: '', c001Sub: '', c001Line: '', c001Plan: '', c001Priority: '', c001Edition: '', c001Department: '',
};

const one = async (cypher: string) => (await db.read<{ key: string }>('test.scope', cypher))[0]!.key;
const versionOf = async (key: string) => (await db.read<{ v: number }>('test.version', 'MATCH (n {key: $key}) RETURN coalesce(n.version, 0) AS v', { key }))[0]!.v;

beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
  await loadSyntheticCouncils(db, { seed: 5, councils: 1, batchSize: 1 });
  server = await startTestServer(db);
  tokens.admin = (await createToken(db, 'Admin', 'admin', 'test')).token;
  tokens.unscoped = (await createToken(db, 'Any editor', 'editor', 'test')).token;
  const ACTION_OF = (plan: string) => `MATCH (:StrategicPlan {key: '${plan}'})-[:HAS_OUTCOME]->()-[:HAS_SUB_OUTCOME]->()-[:HAS_AIM*0..1]->()-[:HAS_ACTION]->(a:Action) WHERE a.retiredAt IS NULL RETURN a.key AS key ORDER BY key LIMIT 1`;
  const SUB_OF = (plan: string) => `MATCH (:StrategicPlan {key: '${plan}'})-[:HAS_OUTCOME]->()-[:HAS_SUB_OUTCOME]->(s:SubOutcome) WHERE s.retiredAt IS NULL RETURN s.key AS key ORDER BY key LIMIT 1`;
  const LINE_OF = (council: string) => `MATCH (:Organisation {key: '${council}'})<-[:OWNED_BY]-(:Document)-[:HAS_SAVINGS_LINE]->(l:SavingsLine) WHERE l.retiredAt IS NULL RETURN l.key AS key ORDER BY key LIMIT 1`;
  items.lccAction = await one(ACTION_OF('2022-26'));
  items.lccSub = await one(SUB_OF('2022-26'));
  items.lccOutcome = await one("MATCH (:StrategicPlan {key: '2022-26'})-[:HAS_OUTCOME]->(o:Outcome) RETURN o.key AS key ORDER BY key LIMIT 1");
  items.lccLine = await one(LINE_OF('lcc'));
  items.c001Plan = 'c001-2022-26';
  items.c001Action = await one(ACTION_OF(items.c001Plan));
  items.c001Sub = await one(SUB_OF(items.c001Plan));
  items.c001Line = await one(LINE_OF('c001-council'));
  items.c001Edition = await one("MATCH (:Organisation {key: 'c001-council'})<-[:OWNED_BY]-(e:Document {kind: 'FINANCIAL_STRATEGY'}) RETURN e.key AS key");
  items.c001Priority = await one("MATCH (:Organisation {key: 'c001-partnership-1'})<-[:OWNED_BY]-(:Document)-[:HAS_PRIORITY]->(p:PartnerPriority) RETURN p.key AS key ORDER BY key LIMIT 1");
  items.c001Department = await one("MATCH (d:Organisation {kind: 'DEPARTMENT'})-[:PART_OF]->(:Organisation {key: 'c001-council'}) RETURN d.key AS key ORDER BY key LIMIT 1");
  const scoped = async (name: string, role: string, scope: string) => {
    const result = await server.query(`mutation { createApiToken(role: ${role}, name: "${name}", scope: "${scope}") { token apiToken { scope } } }`, undefined, tokens.admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.createApiToken.apiToken.scope).toBe(scope);
    return result.data!.createApiToken.token as string;
  };
  tokens.lcc = await scoped('Leicestershire editor', 'EDITOR', 'lcc');
  tokens.c001 = await scoped('Synthetic council editor', 'EDITOR', 'c001-council');
  tokens.partnership = await scoped('Synthetic partnership editor', 'EDITOR', 'c001-partnership-1');
  tokens.lccAdmin = await scoped('Leicestershire admin', 'ADMIN', 'lcc');
}, 300_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
});

const REWORD = 'mutation ($id: ID!, $v: Int!, $t: String!) { rewordItem(id: $id, expectedVersion: $v, text: $t) { item { ... on Action { text } } } }';
const CREATE_LINK = 'mutation ($input: CreateLinkInput!) { createLink(input: $input) { id version from { id } to { id } } }';
const STATUS = 'mutation ($line: ID!, $v: Int!) { setSavingsLineStatus(line: $line, status: AT_RISK, expectedVersion: $v) { status } }';
const IMPORT = `mutation ($kind: String!, $content: String!, $source: String!, $dryRun: Boolean) {
  importFile(kind: $kind, format: CSV, content: $content, source: $source, dryRun: $dryRun) { applied added changed } }`;

function expectOutOfScope(result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }, key: string, scope: string) {
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', key, scope });
  expect(result.errors![0]!.message).toContain(`"${key}"`);
  expect(result.errors![0]!.message).toContain(`"${scope}"`);
  expect(result.errors![0]!.message).toMatch(/Ask an editor of the organisation that owns it/);
}

describe('tokens with a scope', () => {
  it('are created with their scope, listed with it, and the creation audited with it', async () => {
    const listed = await server.query('{ apiTokens { name scope } }', undefined, tokens.admin);
    expect(listed.data!.apiTokens).toContainEqual({ name: 'Leicestershire editor', scope: 'lcc' });
    expect(listed.data!.apiTokens).toContainEqual({ name: 'Any editor', scope: null });
    // The new token's scope is in the event's `after`; the event's own `scope` is the writer's (an unscoped admin).
    const [event] = await db.read<{ scope: string; after: string }>('test.audit',
      "MATCH (e:AuditEvent {action: 'token.create'}) WHERE e.after CONTAINS 'Synthetic council editor' RETURN e.scope AS scope, e.after AS after");
    expect(event).toMatchObject({ scope: null });
    expect(JSON.parse(event!.after)).toMatchObject({ scope: 'c001-council' });
  });

  it('must name an organisation that exists', async () => {
    const result = await server.query('mutation { createApiToken(role: EDITOR, name: "Nowhere", scope: "no-such-council") { token } }', undefined, tokens.admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'scope' });
    expect(result.errors![0]!.message).toContain('no-such-council');
  });

  it('a scoped admin creates and sees tokens of its own scope only, and cannot restore the whole graph', async () => {
    const other = await server.query('mutation { createApiToken(role: EDITOR, name: "Sideways", scope: "c001-council") { token } }', undefined, tokens.lccAdmin);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'lcc' });
    const unscoped = await server.query('mutation { createApiToken(role: ADMIN, name: "Upwards") { token } }', undefined, tokens.lccAdmin);
    expect(unscoped.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await server.query('mutation { createApiToken(role: VIEWER, name: "Leicestershire reader", scope: "lcc") { apiToken { scope } } }', undefined, tokens.lccAdmin);
    expect(own.data!.createApiToken.apiToken).toEqual({ scope: 'lcc' });
    const listed = await server.query('{ apiTokens { scope } }', undefined, tokens.lccAdmin);
    expect(new Set(listed.data!.apiTokens.map((t: { scope: string }) => t.scope))).toEqual(new Set(['lcc']));
    const trail = await server.query('{ history(actor: "Admin") { action } }', undefined, tokens.lccAdmin);
    expect(trail.data!.history.map((e: { action: string }) => e.action)).not.toContain('token.create');
    const all = await server.query('{ apiTokens { id name } }', undefined, tokens.admin);
    const anyEditor = all.data!.apiTokens.find((t: { name: string }) => t.name === 'Any editor');
    const revoke = await server.query(`mutation { revokeApiToken(id: "${anyEditor.id}") { revokedAt } }`, undefined, tokens.lccAdmin);
    expect(revoke.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'lcc' });
    expect(revoke.errors![0]!.message).toMatch(/may revoke only tokens with that scope/);
    const restore = await server.query('mutation { restoreGraph(content: "{}") { nodes } }', undefined, tokens.lccAdmin);
    expect(restore.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'lcc' });
  });
});

describe('changing items', () => {
  it('a scoped editor rewords its own council\'s action, not another council\'s', async () => {
    const own = await server.query(REWORD, { id: toGlobalId('Action', items.lccAction), v: await versionOf(items.lccAction), t: 'Reworded by Leicestershire' }, tokens.lcc);
    expect(own.errors).toBeUndefined();
    const before = await snapshotThread(db);
    const other = await server.query(REWORD, { id: toGlobalId('Action', items.c001Action), v: await versionOf(items.c001Action), t: 'Reworded from outside' }, tokens.lcc);
    expectOutOfScope(other, items.c001Action, 'lcc');
    expect(await snapshotThread(db)).toEqual(before);
    const theirs = await server.query(REWORD, { id: toGlobalId('Action', items.c001Action), v: await versionOf(items.c001Action), t: 'Reworded by the synthetic council' }, tokens.c001);
    expect(theirs.errors).toBeUndefined();
  });

  it('an unscoped editor still changes any council\'s items', async () => {
    const result = await server.query(REWORD, { id: toGlobalId('Action', items.c001Action), v: await versionOf(items.c001Action), t: 'Reworded by anyone' }, tokens.unscoped);
    expect(result.errors).toBeUndefined();
  });

  it('retiring, adding aims, measures and actions keep to the scope', async () => {
    const retire = await server.query('mutation ($id: ID!, $v: Int!) { retireItem(id: $id, expectedVersion: $v, reason: "Not ours to retire") { suspectLinksFlagged } }',
      { id: toGlobalId('Action', items.c001Action), v: await versionOf(items.c001Action) }, tokens.lcc);
    expectOutOfScope(retire, items.c001Action, 'lcc');
    const aim = await server.query('mutation ($input: CreateAimInput!) { createAim(input: $input) { id } }',
      { input: { subOutcome: toGlobalId('SubOutcome', items.c001Sub), text: 'An aim for another council' } }, tokens.lcc);
    expectOutOfScope(aim, items.c001Sub, 'lcc');
    const measure = await server.query('mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { name } }',
      { input: { for: toGlobalId('SubOutcome', items.c001Sub), name: 'A measure for another council' } }, tokens.lcc);
    expectOutOfScope(measure, items.c001Sub, 'lcc');
    const action = await server.query('mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }',
      { input: { plan: '2022-26', under: toGlobalId('SubOutcome', items.c001Sub), text: 'An action for another council' } }, tokens.lcc);
    expect(action.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
    // A free-standing action belongs to the plan its key names: the seeds' 2022-26 plan is Leicestershire's.
    const FREE = 'mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }';
    const stray = await server.query(FREE, { input: { plan: '2022-26', text: 'A free-standing action' } }, tokens.c001);
    expect(stray.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'c001-council' });
    expect((await server.query(FREE, { input: { plan: '2022-26', text: 'A free-standing action' } }, tokens.lcc)).errors).toBeUndefined();
    const ownAim = await server.query('mutation ($input: CreateAimInput!) { createAim(input: $input) { id } }',
      { input: { subOutcome: toGlobalId('SubOutcome', items.lccSub), text: 'An aim of our own' } }, tokens.lcc);
    expect(ownAim.errors).toBeUndefined();
  });

  it('a scoped editor changes its own council\'s savings lines only', async () => {
    const other = await server.query(STATUS, { line: items.c001Line, v: await versionOf(items.c001Line) }, tokens.lcc);
    expectOutOfScope(other, items.c001Line, 'lcc');
    const own = await server.query(STATUS, { line: items.c001Line, v: await versionOf(items.c001Line) }, tokens.c001);
    expect(own.errors).toBeUndefined();
    expect(own.data!.setSavingsLineStatus.status).toBe('AT_RISK');
  });
});

describe('links across organisations', () => {
  let crossLink: { id: string; version: number };

  it('may go from an item in scope to one outside it (a partnership\'s priority aligning with a council\'s outcome)', async () => {
    const result = await server.query(CREATE_LINK, { input: { from: toGlobalId('PartnerPriority', items.c001Priority), to: toGlobalId('Outcome', items.lccOutcome), kind: 'ALIGNS_WITH', rationale: 'Both aim at healthier lives.' } }, tokens.partnership);
    expect(result.errors).toBeUndefined();
    crossLink = result.data!.createLink;
    const fromCouncil = await server.query(CREATE_LINK, { input: { from: toGlobalId('Outcome', items.lccOutcome), to: toGlobalId('PartnerPriority', items.c001Priority), kind: 'CONTRIBUTES_TO', rationale: 'The outcome serves the partnership\'s priority.' } }, tokens.lcc);
    expect(fromCouncil.errors).toBeUndefined();
  });

  it('may not start from an item outside the scope, nor be changed from the far end', async () => {
    const reversed = await server.query(CREATE_LINK, { input: { from: toGlobalId('PartnerPriority', items.c001Priority), to: toGlobalId('Outcome', items.lccOutcome), kind: 'ALIGNS_WITH', rationale: 'Claimed from the far end.' } }, tokens.lcc);
    expectOutOfScope(reversed, items.c001Priority, 'lcc');
    const update = await server.query('mutation ($id: ID!, $v: Int!) { updateLink(id: $id, expectedVersion: $v, input: { rationale: "Rewritten from the far end" }) { version } }', { id: crossLink.id, v: crossLink.version }, tokens.lcc);
    expectOutOfScope(update, items.c001Priority, 'lcc');
    const validate = await server.query('mutation ($id: ID!, $v: Int!) { validateLink(id: $id, expectedVersion: $v) { status } }', { id: crossLink.id, v: crossLink.version }, tokens.lcc);
    expectOutOfScope(validate, items.c001Priority, 'lcc');
    const retire = await server.query('mutation ($id: ID!, $v: Int!) { retireLink(id: $id, expectedVersion: $v, reason: "Not ours") { status } }', { id: crossLink.id, v: crossLink.version }, tokens.lcc);
    expectOutOfScope(retire, items.c001Priority, 'lcc');
    // The partnership's other editor (an unscoped one here) may review it.
    const reviewed = await server.query('mutation ($id: ID!, $v: Int!) { validateLink(id: $id, expectedVersion: $v) { status } }', { id: crossLink.id, v: crossLink.version }, tokens.unscoped);
    expect(reviewed.data!.validateLink.status).toBe('VALIDATED');
  });
});

describe('imports keep to the scope', () => {
  const importAs = (token: string, kind: string, content: string, source: string, dryRun = false) => server.query(IMPORT, { kind, content, source, dryRun }, token);

  it('links: refused when a row starts outside the scope, nothing written', async () => {
    const csv = `from,kind,to,rationale,strength,share\n${items.lccAction},SUPPORTS,${items.lccSub},Ours,CONTRIBUTORY,\n${items.c001Action},SUPPORTS,${items.lccSub},Theirs,CONTRIBUTORY,\n`;
    const before = await snapshotThread(db);
    const result = await importAs(tokens.lcc, 'links', csv, 'scope-links.csv');
    expectOutOfScope(result, items.c001Action, 'lcc');
    expect(result.errors![0]!.extensions!.argument).toBe('line 3');
    expect(await snapshotThread(db)).toEqual(before);
    const ours = await importAs(tokens.lcc, 'links', `from,kind,to,rationale,strength,share\n${items.lccAction},SUPPORTS,${items.c001Sub},Across councils,CONTRIBUTORY,\n`, 'scope-links.csv');
    expect(ours.data!.importFile).toMatchObject({ applied: true, added: 1 });
  });

  it('thread items: an outcome under another council\'s plan is refused; a department of its own council is in scope', async () => {
    const outcome = `type,key,parent,code,name\nOUTCOME,${items.c001Plan}/ZZ,${items.c001Plan},ZZ,An outcome slipped into another plan\n`;
    const before = await snapshotThread(db);
    expectOutOfScope(await importAs(tokens.lcc, 'thread-items', outcome, 'scope-items.csv'), `${items.c001Plan}/ZZ`, 'lcc');
    expect(await snapshotThread(db)).toEqual(before);
    const department = 'type,key,parent,name,kind\nORGANISATION,c001-scope-team,c001-council,Scope team (synthetic),TEAM\n';
    expectOutOfScope(await importAs(tokens.lcc, 'thread-items', department, 'scope-org.csv'), 'c001-scope-team', 'lcc');
    // A dry run answers as the import would: refused out of scope, and otherwise writing nothing.
    expectOutOfScope(await importAs(tokens.lcc, 'thread-items', outcome, 'scope-items.csv', true), `${items.c001Plan}/ZZ`, 'lcc');
    const dry = await importAs(tokens.c001, 'thread-items', department, 'scope-org.csv', true);
    expect(dry.data!.importFile).toMatchObject({ applied: false, added: 1 });
    expect(await snapshotThread(db)).toEqual(before);
    const own = await importAs(tokens.c001, 'thread-items', department, 'scope-org.csv');
    expect(own.errors).toBeUndefined();
    expect(own.data!.importFile).toMatchObject({ applied: true, added: 1 });
  });

  it('savings lines: refused into another council\'s MTFS edition', async () => {
    const csv = `edition,reference,department,description,status,2022/23\n${items.c001Edition},ZZ9,${items.c001Department},A saving for another council,proposed,100\n`;
    const before = await snapshotThread(db);
    expectOutOfScope(await importAs(tokens.lcc, 'savings-lines', csv, 'scope-savings.csv'), `${items.c001Edition}/ZZ9`, 'lcc');
    expect(await snapshotThread(db)).toEqual(before);
  });

  it('partner priorities: refused into another organisation\'s strategy, accepted into its own', async () => {
    const strategy = items.c001Priority.split('/')[0]!;
    const csv = `strategy,code,name\n${strategy},ZZ,A priority added from outside\n`;
    expectOutOfScope(await importAs(tokens.lcc, 'partner-priorities', csv, 'scope-priorities.csv'), `${strategy}/ZZ`, 'lcc');
    const own = await importAs(tokens.partnership, 'partner-priorities', csv, 'scope-priorities.csv');
    expect(own.errors).toBeUndefined();
    expect(own.data!.importFile).toMatchObject({ applied: true, added: 1 });
  });

  it('business-plan commitments: refused for a business plan of another council\'s department', async () => {
    const csv = `business_plan,code,text,department,year,title\nc001-scope-bp,C1,A commitment for another council,${items.c001Department},2024/25,Scope business plan\n`;
    const before = await snapshotThread(db);
    const result = await importAs(tokens.lcc, 'business-plan-commitments', csv, 'scope-bp.csv');
    expectOutOfScope(result, 'c001-scope-bp/C1', 'lcc');
    expect(await snapshotThread(db)).toEqual(before);
  });
});

describe('the audit trail of scoped tokens', () => {
  it('records the writer\'s scope on every event a scoped token wrote (items, links, savings, imports, tokens), readable through history', async () => {
    const events = await db.read<{ actor: string; action: string; scope: string | null }>('test.audit',
      'MATCH (e:AuditEvent) WHERE e.actor IN $actors RETURN e.actor AS actor, e.action AS action, e.scope AS scope',
      { actors: ['Leicestershire editor', 'Synthetic council editor', 'Synthetic partnership editor', 'Leicestershire admin', 'Any editor'] });
    const scopeOf: Record<string, string | null> = {
      'Leicestershire editor': 'lcc', 'Synthetic council editor': 'c001-council', 'Synthetic partnership editor': 'c001-partnership-1', 'Leicestershire admin': 'lcc', 'Any editor': null,
    };
    // The tests above wrote through every kind of change: each kind must be there, and each with its writer's scope.
    const actions = new Set(events.map((e) => e.action.split('.')[0]));
    for (const kind of ['item', 'link', 'savings', 'token']) expect(actions).toContain(kind);
    expect(events.some((e) => e.action.includes('import'))).toBe(true);
    for (const event of events) expect({ ...event, scope: event.scope ?? null }).toEqual({ ...event, scope: scopeOf[event.actor] });
    const history = await server.query('{ history(actor: "Leicestershire editor", first: 500) { action scope } }', undefined, tokens.admin);
    expect(history.errors).toBeUndefined();
    expect(history.data!.history.length).toBeGreaterThan(0);
    expect(new Set(history.data!.history.map((e: { scope: string }) => e.scope))).toEqual(new Set(['lcc']));
    const unscoped = await server.query('{ history(actor: "Any editor", first: 500) { scope } }', undefined, tokens.admin);
    expect(unscoped.data!.history.length).toBeGreaterThan(0);
    expect(new Set(unscoped.data!.history.map((e: { scope: string | null }) => e.scope))).toEqual(new Set([null]));
  });
});
