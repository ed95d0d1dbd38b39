/**
 * The review rules of analysts' links, on every route to VALIDATED: a link is validated only by an editor who
 * neither created it nor made its latest change of content (compared by token, not by name); never while an
 * end is retired; and a change of rationale, strength or share (by the API or an import) sends a validated
 * link back for review. Token names are unique. And `createAction`, which makes a link's end, checks the plan
 * exists and the aim or sub-outcome it goes under is that plan's. Each case is an attack that worked before.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken, hashToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
const t: Record<'alice' | 'bob' | 'carol' | 'admin', string> = { alice: '', bob: '', carol: '', admin: '' };

useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  t.alice = (await createToken(db, 'Alice (policy)', 'editor', 'test')).token;
  t.bob = (await createToken(db, 'Bob (finance)', 'editor', 'test')).token;
  t.carol = (await createToken(db, 'Carol (health)', 'editor', 'test')).token;
  t.admin = (await createToken(db, 'Admin', 'admin', 'test')).token;
});

const LINK = 'id status version createdBy validatedBy updatedBy';
const CREATE = `mutation ($input: CreateLinkInput!) { createLink(input: $input) { ${LINK} } }`;
const VALIDATE = `mutation ($id: ID!, $v: Int!) { validateLink(id: $id, expectedVersion: $v) { ${LINK} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateLinkInput!) { updateLink(id: $id, expectedVersion: $v, input: $input) { ${LINK} rationale share strength } }`;
const ACTION_FIELDS = '... on Action { version text }';

/** A new action of the 2022-26 plan, linked by `token` to a sub-outcome: a link nobody else has touched. */
async function newLink(token: string, sub = '2022-26/5.4', to = toGlobalId('SubOutcome', sub)) {
  const action = await server.query('mutation ($input: CreateActionInput!) { createAction(input: $input) { id version } }',
    { input: { plan: '2022-26', text: `We will test the review rules ${randomUUID().slice(0, 6)}` } }, token);
  expect(action.errors).toBeUndefined();
  const link = await server.query(CREATE, { input: { from: action.data!.createAction.id, to, kind: 'SUPPORTS', rationale: 'Reviewed link' } }, token);
  expect(link.errors).toBeUndefined();
  return { action: action.data!.createAction as { id: string; version: number }, link: link.data!.createLink };
}

const current = async (id: string) => (await server.ask(`{ node(id: "${id}") { ... on Link { ${LINK} rationale } ${ACTION_FIELDS} } }`)).node;

describe('the second-editor rule, on every route to VALIDATED', () => {
  it('refuses an editor re-confirming their own link after rewording one of its ends by a full stop', async () => {
    const { action, link } = await newLink(t.alice);
    const item = await current(action.id);
    const reword = await server.query('mutation ($id: ID!, $v: Int!, $t: String!) { rewordItem(id: $id, expectedVersion: $v, text: $t) { suspectLinksFlagged } }',
      { id: action.id, v: item.version, t: `${item.text}.` }, t.alice);
    expect(reword.data!.rewordItem.suspectLinksFlagged).toBe(1);
    const suspect = await current(link.id);
    expect(suspect.status).toBe('SUSPECT');
    const own = await server.query(VALIDATE, { id: link.id, v: suspect.version }, t.alice);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/"Alice \(policy\)" created this one/);
    expect((await current(link.id)).status).toBe('SUSPECT');
    const other = await server.query(VALIDATE, { id: link.id, v: suspect.version }, t.bob);
    expect(other.data!.validateLink).toMatchObject({ status: 'VALIDATED', validatedBy: 'Bob (finance)', createdBy: 'Alice (policy)' });
  });

  it('refuses the editor who made the latest change of content, and lets a third validate', async () => {
    const { link } = await newLink(t.alice);
    const edited = await server.query(UPDATE, { id: link.id, v: link.version, input: { rationale: 'Bob words it better' } }, t.bob);
    expect(edited.data!.updateLink).toMatchObject({ status: 'PROPOSED', updatedBy: 'Bob (finance)' });
    const byEditor = await server.query(VALIDATE, { id: link.id, v: edited.data!.updateLink.version }, t.bob);
    expect(byEditor.errors?.[0]?.message).toMatch(/"Bob \(finance\)" last changed this one/);
    const byCreator = await server.query(VALIDATE, { id: link.id, v: edited.data!.updateLink.version }, t.alice);
    expect(byCreator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const third = await server.query(VALIDATE, { id: link.id, v: edited.data!.updateLink.version }, t.carol);
    expect(third.data!.validateLink).toMatchObject({ status: 'VALIDATED', validatedBy: 'Carol (health)' });
  });

  it('compares tokens, not names: of two earlier tokens that share a name, one may validate the other\'s link', async () => {
    // Two tokens named alike, as could be made before names were unique (written directly, as an old graph holds them).
    const twins = ['gt_twin-one', 'gt_twin-two'];
    await db.write('test.twins', `UNWIND $twins AS twin CREATE (:ApiToken {id: randomUUID(), name: 'Sam', role: 'editor', hash: twin.hash, createdAt: toString(datetime())})`,
      { twins: twins.map((token) => ({ hash: hashToken(token) })) });
    const { link } = await newLink(twins[0]!);
    expect((await server.query(VALIDATE, { id: link.id, v: link.version }, twins[0])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await server.query(VALIDATE, { id: link.id, v: link.version }, twins[1]);
    expect(other.errors).toBeUndefined();
    expect(other.data!.validateLink).toMatchObject({ status: 'VALIDATED', validatedBy: 'Sam', createdBy: 'Sam' });
  });
});

describe('a retired end', () => {
  it('blocks validation of a link to a retired item', async () => {
    const { action, link } = await newLink(t.alice);
    const item = await current(action.id);
    await server.query('mutation ($id: ID!, $v: Int!) { retireItem(id: $id, expectedVersion: $v, reason: "Cancelled") { suspectLinksFlagged } }', { id: action.id, v: item.version }, t.alice);
    const flagged = await current(link.id);
    const result = await server.query(VALIDATE, { id: link.id, v: flagged.version }, t.bob);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    expect(result.errors?.[0]?.message).toMatch(/is retired, so the link cannot be validated: retire the link/);
    expect((await current(link.id)).status).toBe('SUSPECT');
  });
});

describe('a material edit of a validated link', () => {
  it.each([
    ['rationale', { rationale: 'A different reason' }],
    ['share', { share: 40 }],
    ['strength', { strength: 'PRIMARY' }],
  ])('of its %s sends it back to PROPOSED, to be validated again by another editor', async (_field, input) => {
    const { link } = await newLink(t.alice);
    const validated = (await server.query(VALIDATE, { id: link.id, v: link.version }, t.bob)).data!.validateLink;
    expect(validated.status).toBe('VALIDATED');
    const edited = await server.query(UPDATE, { id: link.id, v: validated.version, input }, t.alice);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateLink).toMatchObject({ status: 'PROPOSED', validatedBy: null, updatedBy: 'Alice (policy)', ...input });
    const history = await server.ask(`{ history(id: "${link.id}") { action after } }`);
    const update = history.history.find((e: { action: string }) => e.action === 'link.update');
    expect(JSON.parse(update.after)).toMatchObject({ ...input, status: 'PROPOSED' });
  });

  it('refuses an edit that changes nothing, so it cannot reset a review for no reason', async () => {
    const { link } = await newLink(t.alice);
    const same = await server.query(UPDATE, { id: link.id, v: link.version, input: { rationale: 'Reviewed link' } }, t.alice);
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input' });
  });

  it('through an import of the links file as well', async () => {
    const { action, link } = await newLink(t.alice, '2022-26/7.4');
    const validated = (await server.query(VALIDATE, { id: link.id, v: link.version }, t.bob)).data!.validateLink;
    expect(validated.status).toBe('VALIDATED');
    const fromKey = Buffer.from(action.id, 'base64url').toString('utf8').split(':').slice(1).join(':');
    const csv = `from,kind,to,rationale,strength,share\n${fromKey},SUPPORTS,2022-26/7.4,Changed in the spreadsheet,,\n`;
    const imported = await server.query('mutation ($c: String!) { importFile(kind: "links", format: CSV, content: $c, source: "review.csv") { changed } }', { c: csv }, t.alice);
    expect(imported.data!.importFile.changed).toBe(1);
    expect(await current(link.id)).toMatchObject({ status: 'PROPOSED', validatedBy: null, updatedBy: 'Alice (policy)', rationale: 'Changed in the spreadsheet' });
    const byImporter = await server.query(VALIDATE, { id: link.id, v: (await current(link.id)).version }, t.alice);
    expect(byImporter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('token names', () => {
  it('are unique, whatever the case or surrounding spaces, active or revoked', async () => {
    const again = await server.query('mutation { createApiToken(role: EDITOR, name: "  alice (POLICY) ") { token } }', undefined, t.admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'name' });
    expect(again.errors?.[0]?.message).toMatch(/exists already \(active or revoked\)/);
    await expect(createToken(db, 'Bob (finance)', 'viewer', 'test')).rejects.toThrow(/exists already/);
  });
});

const CREATE_ACTION = 'mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }';

describe('createAction, where a link\'s end comes from', () => {
  it('refuses a plan that does not exist, naming the argument, and writes nothing', async () => {
    const before = await snapshotThread(db);
    const result = await server.query(CREATE_ACTION, { input: { plan: '2099-03', text: 'An action of no plan' } }, t.alice);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'input.plan' });
    expect(result.errors?.[0]?.message).toMatch(/no current Strategic Plan has the period "2099-03"/);
    expect(await snapshotThread(db)).toEqual(before);
  });

  it('refuses a parent from another plan (a sub-outcome or an aim), and writes nothing', async () => {
    const before = await snapshotThread(db);
    const other = await server.ask('{ plan(period: "2018-22") { outcomes { subOutcomes { id aims { id } } } } }');
    const sub = other.plan.outcomes.flatMap((o: any) => o.subOutcomes)[0];
    const aim = other.plan.outcomes.flatMap((o: any) => o.subOutcomes.flatMap((s: any) => s.aims))[0];
    for (const under of [sub.id, aim?.id].filter(Boolean)) {
      const result = await server.query(CREATE_ACTION, { input: { plan: '2022-26', under, text: 'An action under the wrong plan' } }, t.alice);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.under' });
      expect(result.errors?.[0]?.message).toMatch(/belongs to another plan than 2022-26/);
    }
    expect(await snapshotThread(db)).toEqual(before);
  });

  it('still adds an action under its own plan\'s sub-outcome and aim', async () => {
    const own = await server.ask('{ plan(period: "2022-26") { outcomes { subOutcomes { id aims { id } } } } }');
    const aim = own.plan.outcomes.flatMap((o: any) => o.subOutcomes.flatMap((s: any) => s.aims))[0];
    for (const under of [toGlobalId('SubOutcome', '2022-26/9.1'), aim.id]) {
      const result = await server.query(CREATE_ACTION, { input: { plan: '2022-26', under, text: 'An action in its place' } }, t.alice);
      expect(result.errors).toBeUndefined();
    }
  });
});
