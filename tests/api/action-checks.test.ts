/**
 * `createAction` checks what it is given: the plan must exist, and the aim or sub-outcome it goes under must
 * belong to that plan. Before, an action could be added to a plan that does not exist, or under another
 * plan's sub-outcome (so one plan's tree held another's action). Refusals write nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
let editor = '';
useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  editor = (await createToken(db, 'Policy editor', 'editor', 'test')).token;
});

const CREATE = 'mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }';

describe('createAction', () => {
  it('refuses a plan that does not exist, naming the argument, and writes nothing', async () => {
    const before = await snapshotThread(db);
    const result = await server.query(CREATE, { input: { plan: '2099-03', text: 'An action of no plan' } }, editor);
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
      const result = await server.query(CREATE, { input: { plan: '2022-26', under, text: 'An action under the wrong plan' } }, editor);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.under' });
      expect(result.errors?.[0]?.message).toMatch(/belongs to another plan than 2022-26/);
    }
    expect(await snapshotThread(db)).toEqual(before);
  });

  it('still adds an action under its own plan\'s sub-outcome and aim', async () => {
    const own = await server.ask('{ plan(period: "2022-26") { outcomes { subOutcomes { id aims { id } } } } }');
    const aim = own.plan.outcomes.flatMap((o: any) => o.subOutcomes.flatMap((s: any) => s.aims))[0];
    for (const under of [toGlobalId('SubOutcome', '2022-26/9.1'), aim.id]) {
      const result = await server.query(CREATE, { input: { plan: '2022-26', under, text: 'An action in its place' } }, editor);
      expect(result.errors).toBeUndefined();
    }
  });
});
