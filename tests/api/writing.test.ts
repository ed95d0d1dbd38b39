/**
 * Analysts writing to the graph through the API: roles, links and their review, version conflicts, suspect
 * links when an end changes, retiring without deleting, and the audit trail of every change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
const tokens: Record<'viewer' | 'alice' | 'bob' | 'admin', string> = { viewer: '', alice: '', bob: '', admin: '' };

const ACTION = toGlobalId('Action', '2022-26/9.3-A2-3');
const SUB_5_4 = toGlobalId('SubOutcome', '2022-26/5.4');
const THEME = toGlobalId('Theme', '2014-18/T1');

const CREATE = `mutation ($input: CreateLinkInput!) { createLink(input: $input) { id kind status version createdBy rationale from { id } to { id } } }`;
const linkInput = (rationale = 'Active travel supports healthy weight.') => ({ input: { from: ACTION, to: SUB_5_4, kind: 'SUPPORTS', rationale } });

useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  tokens.viewer = (await createToken(db, 'Board viewer', 'viewer', 'test')).token;
  tokens.alice = (await createToken(db, 'Alice (policy)', 'editor', 'test')).token;
  tokens.bob = (await createToken(db, 'Bob (finance)', 'editor', 'test')).token;
  tokens.admin = (await createToken(db, 'Admin', 'admin', 'test')).token;
});

async function linkCount(): Promise<number> {
  return (await db.read<{ n: number }>('test.links', "MATCH ()-[r]->() WHERE r.origin = 'analyst' RETURN count(r) AS n"))[0]!.n;
}

describe('who may write', () => {
  it('lets anyone read without a token (the local default)', async () => {
    const result = await server.query('{ plans { period } }');
    expect(result.errors).toBeUndefined();
  });

  it('refuses a write without a token, saying how to get one, and writes nothing', async () => {
    const before = await linkCount();
    const result = await server.query(CREATE, linkInput());
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(/needs a token with the editor role.*npm run token -- create/);
    expect(await linkCount()).toBe(before);
  });

  it('refuses a write by a viewer with FORBIDDEN', async () => {
    const result = await server.query(CREATE, linkInput(), tokens.viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/needs the editor role; the token "Board viewer" has the viewer role/);
  });

  it('refuses an unknown token outright (401), even for reading', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer gt_not-a-real-token' }, body: JSON.stringify({ query: '{ plans { period } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses anonymous reading when GT_ANONYMOUS_READ is off', async () => {
    const closed = await startTestServer(db, { env: { GT_ANONYMOUS_READ: 'false' } });
    try {
      const anonymous = await closed.query('{ plans { period } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await closed.query('{ plans { period } }', undefined, tokens.viewer)).errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});

// Each test below makes the links it needs, each between its own action and sub-outcome, so no test
// depends on another's state or order (a SUPPORTS link is unique per pair, and counts are per sub-outcome).
const subOutcome = (code: string) => toGlobalId('SubOutcome', `2022-26/${code}`);
const VALIDATE = 'mutation ($id: ID!, $v: Int!) { validateLink(id: $id, expectedVersion: $v) { status version validatedBy createdBy } }';
const UPDATE = 'mutation ($id: ID!, $v: Int!, $r: String) { updateLink(id: $id, expectedVersion: $v, input: { rationale: $r }) { version rationale } }';
const RETIRE = 'mutation ($id: ID!, $v: Int!) { retireLink(id: $id, expectedVersion: $v, reason: "Superseded by the business plan link") { status retiredBy retiredReason retiredAt } }';

/** Alice's PROPOSED link (version 1) from an action to a sub-outcome. */
async function proposedLink(from: string, to: string): Promise<string> {
  const result = await server.query(CREATE, { input: { from, to, kind: 'SUPPORTS', rationale: 'Active travel supports healthy weight.' } }, tokens.alice);
  expect(result.errors).toBeUndefined();
  return result.data!.createLink.id;
}

/** Alice's link validated by Bob: version 2. */
async function validatedLink(from: string, to: string): Promise<string> {
  const id = await proposedLink(from, to);
  expect((await server.query(VALIDATE, { id, v: 1 }, tokens.bob)).data!.validateLink).toMatchObject({ status: 'VALIDATED', version: 2 });
  return id;
}

async function linkVersion(id: string): Promise<number> {
  return (await server.query(`{ node(id: "${id}") { ... on Link { version } } }`)).data!.node.version;
}

/** Rewords an action, as Bob: its links become SUSPECT. */
async function rewordAction(id: string) {
  const action = await server.query(`{ node(id: "${id}") { ... on Action { version text } } }`);
  return server.query(
    'mutation ($id: ID!, $v: Int!, $t: String!) { rewordItem(id: $id, expectedVersion: $v, text: $t) { suspectLinksFlagged item { ... on Action { text version } } } }',
    { id, v: action.data!.node.version, t: 'We will deliver the Healthy Weight Strategy with partners (reworded)' }, tokens.bob,
  );
}

async function supportCount(code: string): Promise<number> {
  return (await server.query(`{ subOutcome(plan: "2022-26", code: "${code}") { supportingActions { totalCount } } }`)).data!.subOutcome.supportingActions.totalCount;
}

describe('an analyst\'s link', () => {
  it('is created PROPOSED at version 1, recorded with its author, and supports the sub-outcome at once', async () => {
    const result = await server.query(CREATE, linkInput(), tokens.alice);
    expect(result.errors).toBeUndefined();
    const link = result.data!.createLink;
    expect(link).toMatchObject({ kind: 'SUPPORTS', status: 'PROPOSED', version: 1, createdBy: 'Alice (policy)', from: { id: ACTION }, to: { id: SUB_5_4 } });
    const support = await server.query('{ subOutcome(plan: "2022-26", code: "5.4") { supportingActions { edges { how node { id } link { createdBy rationale } } } } }');
    expect(support.data!.subOutcome.supportingActions.edges).toContainEqual({
      how: 'LINKED', node: { id: ACTION }, link: { createdBy: 'Alice (policy)', rationale: 'Active travel supports healthy weight.' },
    });
  });

  it('is refused when the same link already exists', async () => {
    await proposedLink(ACTION, subOutcome('6.5'));
    const result = await server.query(CREATE, { input: { from: ACTION, to: subOutcome('6.5'), kind: 'SUPPORTS', rationale: 'again' } }, tokens.bob);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' } });
    expect(result.errors?.[0]?.message).toMatch(/already have an active SUPPORTS link/);
  });

  it('is refused between items the kind cannot join, saying what the kind accepts, and nothing is written', async () => {
    const before = await linkCount();
    const result = await server.query(CREATE, { input: { from: THEME, to: SUB_5_4, kind: 'SUPPORTS', rationale: 'wrong ends' } }, tokens.alice);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'input.kind' } });
    expect(result.errors?.[0]?.message).toMatch(/a SUPPORTS link joins Action\/Aim\/Document to Outcome\/SubOutcome\/Aim.*got Theme to SubOutcome/);
    expect(await linkCount()).toBe(before);
  });

  it('needs a rationale', async () => {
    const result = await server.query(CREATE, { input: { from: ACTION, to: toGlobalId('SubOutcome', '2022-26/9.1'), kind: 'SUPPORTS', rationale: ' ' } }, tokens.alice);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'rationale' } });
  });

  it('cannot be validated by its own author, only by a second editor, and both are recorded', async () => {
    const linkId = await proposedLink(ACTION, subOutcome('6.1'));
    const own = await server.query(VALIDATE, { id: linkId, v: 1 }, tokens.alice);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/A second editor must validate/);
    const second = await server.query(VALIDATE, { id: linkId, v: 1 }, tokens.bob);
    expect(second.data!.validateLink).toEqual({ status: 'VALIDATED', version: 2, validatedBy: 'Bob (finance)', createdBy: 'Alice (policy)' });
  });

  it('refuses a change made against a stale version with CONFLICT naming the newer version, changing nothing', async () => {
    const linkId = await validatedLink(ACTION, subOutcome('6.2'));
    const stale = await server.query(UPDATE, { id: linkId, v: 1, r: 'overwrite' }, tokens.alice);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.errors?.[0]?.message).toMatch(/at version 2.*you sent version 1/);
    const current = await server.query(`{ node(id: "${linkId}") { ... on Link { version rationale } } }`);
    expect(current.data!.node).toEqual({ version: 2, rationale: 'Active travel supports healthy weight.' });
  });

  it('lets only one of two simultaneous edits of the same version win; the other gets CONFLICT', async () => {
    const linkId = await validatedLink(ACTION, subOutcome('7.2'));
    const [a, b] = await Promise.all([
      server.query(UPDATE, { id: linkId, v: 2, r: 'Alice wording' }, tokens.alice),
      server.query(UPDATE, { id: linkId, v: 2, r: 'Bob wording' }, tokens.bob),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = [a, b].find((r) => !r.errors)!.data!.updateLink;
    expect(winner.version).toBe(3);
  });

  it('becomes SUSPECT, with the reason, when its action is reworded, and is listed for the plan until re-confirmed', async () => {
    // An action no other test links, so its one link is the one flagged.
    const action = toGlobalId('Action', '2022-26/9.4-A1-1');
    const suspectIds = async () => (await server.query('{ plan(period: "2022-26") { suspectLinks { id } } }')).data!.plan.suspectLinks.map((l: { id: string }) => l.id).sort();
    const linkId = await validatedLink(action, subOutcome('8.2'));
    const before = await suspectIds();
    const reword = await rewordAction(action);
    expect(reword.errors).toBeUndefined();
    expect(reword.data!.rewordItem).toEqual({ suspectLinksFlagged: 1, item: { text: 'We will deliver the Healthy Weight Strategy with partners (reworded)', version: 1 } });

    const suspect = await server.query('{ plan(period: "2022-26") { suspectLinks { id status suspectReason version } } }');
    const link = suspect.data!.plan.suspectLinks.find((l: { id: string }) => l.id === linkId);
    expect(link).toMatchObject({ id: linkId, status: 'SUSPECT', suspectReason: expect.stringContaining('wording changed') });
    expect(await suspectIds()).toEqual([...before, linkId].sort());

    // Not Alice (she created it) nor Bob (he validated it and reworded the action): a third editor re-confirms (tests/api/link-review.test.ts).
    const reconfirm = await server.query('mutation ($id: ID!, $v: Int!) { validateLink(id: $id, expectedVersion: $v) { status suspectReason } }', { id: linkId, v: link.version }, tokens.admin);
    expect(reconfirm.data!.validateLink).toEqual({ status: 'VALIDATED', suspectReason: null });
    expect(await suspectIds()).toEqual(before);
  });

  it('when retired, is kept with who, when and why, gone from default answers and visible on request', async () => {
    const supportBefore = await supportCount('7.3');
    const linkId = await proposedLink(ACTION, subOutcome('7.3'));
    expect(await supportCount('7.3')).toBe(supportBefore + 1);
    const retired = await server.query(RETIRE, { id: linkId, v: await linkVersion(linkId) }, tokens.bob);
    expect(retired.data!.retireLink).toMatchObject({ status: 'RETIRED', retiredBy: 'Bob (finance)', retiredReason: 'Superseded by the business plan link', retiredAt: expect.any(String) });
    expect(await supportCount('7.3')).toBe(supportBefore);
    const listed = await server.query('{ links(statuses: [RETIRED]) { totalCount edges { node { id } } } }');
    expect(listed.data!.links.edges.map((e: any) => e.node.id)).toContain(linkId);
  });

  it('answers "what supported it then" with asOf: the link counts between its creation and its retirement', async () => {
    const linkId = await proposedLink(ACTION, subOutcome('8.4'));
    await server.query(RETIRE, { id: linkId, v: 1 }, tokens.bob);
    const link = (await server.query(`{ node(id: "${linkId}") { ... on Link { createdAt retiredAt } } }`)).data!.node;
    const linkedAt = async (asOf: string) => {
      const result = await server.query('query ($asOf: String) { subOutcome(plan: "2022-26", code: "8.4") { supportingActions(asOf: $asOf) { edges { how } } } }', { asOf });
      expect(result.errors).toBeUndefined();
      return result.data!.subOutcome.supportingActions.edges.filter((e: any) => e.how === 'LINKED').length;
    };
    const before = new Date(new Date(link.createdAt).getTime() - 1).toISOString();
    const during = new Date((new Date(link.createdAt).getTime() + new Date(link.retiredAt).getTime()) / 2).toISOString();
    expect(await linkedAt(before)).toBe(0);
    expect(await linkedAt(link.createdAt)).toBe(1);
    expect(await linkedAt(during)).toBe(1);
    expect(await linkedAt(link.retiredAt)).toBe(0);
    expect(await linkedAt('2021-11-25')).toBe(0);
  });

  it('compares asOf as a time, whatever the number of fractional digits stored', async () => {
    await db.write('test.asOfDigits', `
      MATCH (a:Action {key: '2022-26/9.2-A1-1'}), (s:SubOutcome {key: '2022-26/8.3'})
      CREATE (a)-[:SUPPORTS {key: 'SUPPORTS:digits', origin: 'analyst', status: 'PROPOSED', createdAt: '2026-01-01T00:00:00.12Z', version: 1}]->(s)`);
    const at = async (asOf: string) => (await server.query('query ($asOf: String) { subOutcome(plan: "2022-26", code: "8.3") { supportingActions(asOf: $asOf) { totalCount } } }', { asOf }))
      .data!.subOutcome.supportingActions.totalCount;
    expect(await at('2026-01-01T00:00:00.120Z')).toBe(1);
    expect(await at('2026-01-01T00:00:00.119999999Z')).toBe(0);
    expect(await at('2025-12-31')).toBe(0);
    expect(await at('2026-01-01')).toBe(1);
  });

  it('rejects an asOf that is not a date, naming the argument', async () => {
    const result = await server.query('{ subOutcome(plan: "2022-26", code: "5.4") { supportingActions(asOf: "last Tuesday") { totalCount } } }');
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'asOf' } });
  });

  it('has a history of every change: who, what, before and after', async () => {
    // A link through its whole life: made, validated, edited, suspect when its action is reworded, re-confirmed, retired.
    const action = toGlobalId('Action', '2022-26/9.4-A1-2');
    const linkId = await validatedLink(action, subOutcome('8.5'));
    expect((await server.query(UPDATE, { id: linkId, v: 2, r: 'Alice wording' }, tokens.alice)).errors).toBeUndefined();
    expect((await rewordAction(action)).data!.rewordItem.suspectLinksFlagged).toBe(1);
    await server.query('mutation ($id: ID!, $v: Int!) { validateLink(id: $id, expectedVersion: $v) { status } }', { id: linkId, v: await linkVersion(linkId) }, tokens.admin);
    expect((await server.query(RETIRE, { id: linkId, v: await linkVersion(linkId) }, tokens.bob)).errors).toBeUndefined();

    const result = await server.query(`{ history(id: "${linkId}") { action actor before after requestId } }`);
    const actions = result.data!.history.map((e: any) => `${e.action} by ${e.actor}`).reverse();
    expect(actions.slice(0, 3)).toEqual(['link.create by Alice (policy)', 'link.validate by Bob (finance)', expect.stringMatching(/^link\.update by /)]);
    expect(actions).toContain('link.suspect by Bob (finance)');
    expect(actions[actions.length - 1]).toBe('link.retire by Bob (finance)');
    const update = result.data!.history.find((e: any) => e.action === 'link.update');
    expect(JSON.parse(update.before)).toMatchObject({ version: 2, rationale: 'Active travel supports healthy weight.' });
    expect(result.data!.history.every((e: any) => typeof e.requestId === 'string')).toBe(true);
  });
});

describe('an analyst\'s action', () => {
  it('is added free-standing, shows as supporting nothing, and stops once linked', async () => {
    const created = await server.query('mutation ($input: CreateActionInput!) { createAction(input: $input) { id text version owner { key } } }',
      { input: { plan: '2022-26', text: 'We will pilot a school streets scheme', owner: 'chief-executives-department' } }, tokens.alice);
    expect(created.errors).toBeUndefined();
    const action = created.data!.createAction;
    expect(action).toMatchObject({ text: 'We will pilot a school streets scheme', version: 1, owner: { key: 'chief-executives-department' } });
    const gaps = async () => (await server.query('{ plan(period: "2022-26") { coverage { actionsSupportingNothing { id } } } }')).data!.plan.coverage.actionsSupportingNothing;
    expect(await gaps()).toEqual([{ id: action.id }]);
    await server.query(CREATE, { input: { from: action.id, to: SUB_5_4, kind: 'SUPPORTS', rationale: 'Active travel to school' } }, tokens.alice);
    expect(await gaps()).toEqual([]);
  });

  it('when retired, keeps its record and flags its links SUSPECT', async () => {
    const created = await server.query('mutation ($input: CreateActionInput!) { createAction(input: $input) { id version } }',
      { input: { plan: '2022-26', under: toGlobalId('SubOutcome', '2022-26/9.1'), text: 'We will run a safer roads campaign' } }, tokens.alice);
    const { id, version } = created.data!.createAction;
    await server.query(CREATE, { input: { from: id, to: toGlobalId('SubOutcome', '2022-26/9.2'), kind: 'SUPPORTS', rationale: 'Safety of people at most risk' } }, tokens.alice);
    const retired = await server.query('mutation ($id: ID!, $v: Int!) { retireItem(id: $id, expectedVersion: $v, reason: "Campaign cancelled") { suspectLinksFlagged item { ... on Action { retiredAt retiredReason } } } }',
      { id, v: version }, tokens.bob);
    expect(retired.data!.retireItem).toMatchObject({ suspectLinksFlagged: 1, item: { retiredAt: expect.any(String), retiredReason: 'Campaign cancelled' } });
    const under = await server.query('{ subOutcome(plan: "2022-26", code: "9.1") { supportingActions { totalCount } } }');
    expect(under.data!.subOutcome.supportingActions.totalCount).toBe(0);
  });

  it('refuses a write that fails half-way without leaving anything behind', async () => {
    const before = await snapshotThread(db);
    const result = await server.query('mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }',
      { input: { plan: '2022-26', under: toGlobalId('Aim', '2022-26/no-such-aim'), text: 'An action under nothing' } }, tokens.alice);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', argumentName: 'input.under' } });
    expect(await snapshotThread(db)).toEqual(before);
  });
});

describe('an analyst\'s aim and measure', () => {
  it('adds an aim under a sub-outcome and a measure it is judged by, and coverage counts them', async () => {
    const share = async (type: string) =>
      (await server.query('{ plan(period: "2022-26") { coverage { shares { type count } } } }')).data!.plan.coverage.shares.find((s: any) => s.type === type).count;
    const aimsBefore = await share('AIM');
    const measuresBefore = await share('MEASURE');
    const aim = await server.query('mutation ($input: CreateAimInput!) { createAim(input: $input) { id text version subOutcome { code } } }',
      { input: { subOutcome: toGlobalId('SubOutcome', '2022-26/5.1'), text: 'Council emissions fall in line with the net zero pathway' } }, tokens.alice);
    expect(aim.errors).toBeUndefined();
    expect(aim.data!.createAim).toMatchObject({ text: 'Council emissions fall in line with the net zero pathway', version: 1, subOutcome: { code: '5.1' } });
    const measure = await server.query('mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { name unit target owner { key } judges { ... on Aim { id } } } }',
      { input: { for: aim.data!.createAim.id, name: 'Council greenhouse gas emissions', unit: 'tCO2e', target: 'net zero by 2030', owner: 'chief-executives-department' } }, tokens.alice);
    expect(measure.errors).toBeUndefined();
    expect(measure.data!.createMeasure).toEqual({ name: 'Council greenhouse gas emissions', unit: 'tCO2e', target: 'net zero by 2030', owner: { key: 'chief-executives-department' }, judges: { id: aim.data!.createAim.id } });
    expect(await share('AIM')).toBe(aimsBefore + 1);
    expect(await share('MEASURE')).toBe(measuresBefore + 1);

    // As the thread stood before the analysts' work: the papers' aims and measures only (6 sub-outcomes have a measure the papers name).
    const then = await server.query('{ plan(period: "2022-26") { coverage(asOf: "2025-01-01") { shares { type count } } } }');
    const thenShares = Object.fromEntries(then.data!.plan.coverage.shares.map((s: any) => [s.type, s.count]));
    expect(thenShares).toMatchObject({ AIM: 9, MEASURE: 6 });
    expect(measuresBefore).toBe(6);
  });

  it('refuses a measure for something that is not an aim or sub-outcome, and an unknown owner', async () => {
    const wrongType = await server.query('mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { name } }',
      { input: { for: toGlobalId('Outcome', '2022-26/5'), name: 'x measure' } }, tokens.alice);
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.for' });
    const owner = await server.query('mutation ($input: CreateAimInput!) { createAim(input: $input) { id } }',
      { input: { subOutcome: toGlobalId('SubOutcome', '2022-26/5.1'), text: 'An aim', owner: 'no-such-department' } }, tokens.alice);
    expect(owner.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'input.owner' });
  });
});

describe('token management over the API', () => {
  it('lets an admin create a token that works at once, list it without its secret, and revoke it', async () => {
    const created = await server.query('mutation { createApiToken(role: EDITOR, name: "Partnership officer") { token apiToken { id role name } } }', undefined, tokens.admin);
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data!.createApiToken;
    expect(apiToken).toMatchObject({ role: 'EDITOR', name: 'Partnership officer' });
    const listed = await server.query('{ apiTokens { id name role revokedAt } }', undefined, tokens.admin);
    expect(JSON.stringify(listed.data)).not.toContain(token);
    expect(listed.data!.apiTokens).toContainEqual({ id: apiToken.id, name: 'Partnership officer', role: 'EDITOR', revokedAt: null });
    const write = await server.query(CREATE, { input: { from: ACTION, to: toGlobalId('SubOutcome', '2022-26/7.4'), kind: 'SUPPORTS', rationale: 'Officer link' } }, token);
    expect(write.errors).toBeUndefined();
    const revoked = await server.query(`mutation { revokeApiToken(id: "${apiToken.id}") { revokedAt } }`, undefined, tokens.admin);
    expect(revoked.data!.revokeApiToken.revokedAt).toEqual(expect.any(String));
    expect((await server.query('{ plans { period } }', undefined, token)).status).toBe(401);
  });

  it('is refused to an editor', async () => {
    const result = await server.query('mutation { createApiToken(role: ADMIN, name: "Me, promoted") { token } }', undefined, tokens.alice);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
