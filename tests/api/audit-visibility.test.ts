/**
 * The audit trail shows each caller what its role may see: token management (token ids, names and roles) is
 * for admins, as `apiTokens` is; `history(id:)` takes only the id of an item or a link; and a savings change's
 * reason is bounded and can be read back. Before, anyone could list every token through `history(actor:)`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { keyOf, toGlobalId } from '../../src/shared/global-id.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
let admin = '';
let viewer = '';
let editor = '';
let officer: { id: string; name: string };
/** The token's stored id: its audit events name it (`token:<stored id>`); the API's `id` is a global id. */
let storedId = '';

useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  admin = (await createToken(db, 'Admin', 'admin', 'test')).token;
  viewer = (await createToken(db, 'Board viewer', 'viewer', 'test')).token;
  editor = (await createToken(db, 'Finance editor', 'editor', 'test')).token;
  const created = await server.query('mutation { createApiToken(role: EDITOR, name: "Partnership officer") { apiToken { id name } } }', undefined, admin);
  officer = created.data!.createApiToken.apiToken;
  storedId = keyOf(officer.id, 'id', 'ApiToken');
  await server.query(`mutation { revokeApiToken(id: "${officer.id}") { revokedAt } }`, undefined, admin);
});

const EVENTS = 'action actor targetKey targetType before after reason';
const leaks = (data: unknown) => JSON.stringify(data).includes(officer.id) || JSON.stringify(data).includes(storedId) || JSON.stringify(data).includes('Partnership officer');

describe('token management in the audit trail', () => {
  it('is hidden from anonymous readers, viewers and editors asking by actor', async () => {
    for (const token of [undefined, viewer, editor]) {
      const result = await server.query(`{ history(actor: "Admin") { ${EVENTS} } }`, undefined, token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.history.map((e: any) => e.action)).not.toContain('token.create');
      expect(leaks(result.data)).toBe(false);
    }
  });

  it('is hidden when asked for by the token\'s own key, whatever type the id claims', async () => {
    const asOutcome = await server.query(`{ history(id: "${toGlobalId('Outcome', `token:${storedId}`)}") { ${EVENTS} } }`);
    expect(asOutcome.data?.history ?? []).toEqual([]);
    const asLink = await server.query(`{ history(id: "${toGlobalId('Link', `token:${storedId}`)}") { ${EVENTS} } }`);
    expect(asLink.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    const asToken = await server.query(`{ history(id: "${toGlobalId('ApiToken', `token:${storedId}`)}") { ${EVENTS} } }`);
    expect(asToken.errors?.[0]?.message).toMatch(/expected the id of an item or a link.*got the id of a ApiToken/);
  });

  it('is shown to an admin', async () => {
    const byActor = await server.query(`{ history(actor: "Admin") { ${EVENTS} } }`, undefined, admin);
    expect(byActor.data!.history.map((e: any) => e.action)).toEqual(expect.arrayContaining(['token.create', 'token.revoke']));
    const byKey = await server.query(`{ history(id: "${toGlobalId('Outcome', `token:${storedId}`)}") { action } }`, undefined, admin);
    expect(byKey.data!.history.map((e: any) => e.action).sort()).toEqual(['token.create', 'token.revoke']);
  });

  it('records token changes as every other change is recorded: with the request that made them and the type of what changed', async () => {
    const byKey = await server.query(`{ history(id: "${toGlobalId('Outcome', `token:${storedId}`)}") { action targetType requestId } }`, undefined, admin);
    expect(byKey.errors).toBeUndefined();
    const events = byKey.data!.history as { action: string; targetType: string; requestId: string | null }[];
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.targetType, event.action).toBe('ApiToken');
      expect(event.requestId, event.action).toMatch(/^[0-9a-f-]{36}$/);
    }
    // Two mutations, two requests.
    expect(new Set(events.map((e) => e.requestId)).size).toBe(2);
  });

  it('never holds the token id of who made a link, only their name', async () => {
    const link = await server.query('mutation ($input: CreateLinkInput!) { createLink(input: $input) { id } }', {
      input: { from: toGlobalId('Action', '2022-26/9.3-A2-3'), to: toGlobalId('SubOutcome', '2022-26/5.4'), kind: 'SUPPORTS', rationale: 'Attributed link' },
    }, editor);
    const ids = (await server.query('{ apiTokens { id name } }', undefined, admin)).data!.apiTokens.map((t: any) => t.id);
    const history = await server.query(`{ history(id: "${link.data!.createLink.id}") { ${EVENTS} } }`, undefined, admin);
    expect(history.data!.history[0]).toMatchObject({ action: 'link.create', actor: 'Finance editor' });
    for (const id of ids) expect(JSON.stringify(history.data)).not.toContain(id);
  });
});

describe('a savings change\'s reason', () => {
  const LINE = toGlobalId('SavingsLine', 'mtfs-2017-21/AC3');
  const SET = 'mutation ($v: Int!, $r: String) { setSavingsLineStatus(line: "mtfs-2017-21/AC3", status: AT_RISK, expectedVersion: $v, reason: $r) { version status } }';

  it('is refused over 2,000 characters, changing nothing', async () => {
    const { savingsLine } = await server.ask('{ savingsLine(edition: "mtfs-2017-21", reference: "AC3") { version status } }');
    const result = await server.query(SET, { v: savingsLine.version, r: 'x'.repeat(2001) }, editor);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'reason' });
    expect((await server.ask('{ savingsLine(edition: "mtfs-2017-21", reference: "AC3") { version status } }')).savingsLine).toEqual(savingsLine);
  });

  it('can be read back from the audit trail', async () => {
    const { savingsLine } = await server.ask('{ savingsLine(edition: "mtfs-2017-21", reference: "AC3") { version } }');
    const result = await server.query(SET, { v: savingsLine.version, r: 'Contract retendered late' }, editor);
    expect(result.errors).toBeUndefined();
    const history = await server.ask(`{ history(id: "${LINE}") { action reason } }`);
    expect(history.history).toContainEqual({ action: 'savings.status', reason: 'Contract retendered late' });
  });
});
