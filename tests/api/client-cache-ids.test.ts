/**
 * Every type a client caches has an identity: the records without one (an edition's savings, its figures and
 * cost pressures, alignments, decisions, monitoring) have a stable `id`, so Apollo Client's normalised cache
 * merges two queries asking different fields of them instead of replacing one answer with the other; API
 * tokens and audit events are `Node`s, which `node(id:)` answers only to callers who may see them.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import generated from '../../clients/possible-types.json' with { type: 'json' };
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

let db: Database;
let server: TestServer;
useSeededServer((env) => ({ db, server } = env));

/** Two queries that ask the same records for different fields; each must still be readable after the other. */
const PAIRS: [string, string, string][] = [
  ['savings', '{ savings(edition: "mtfs-2017-21") { id withoutIllustrative figures { id key amount { pence } } costPressures { id key reference } } }',
    '{ savings(edition: "mtfs-2017-21") { id illustrative figures { id description } costPressures { id description } } }'],
  ['decisions and monitoring', '{ plan(period: "2022-26") { id decisions { id kind summary } monitoring { id how } } }',
    '{ plan(period: "2022-26") { id decisions { id kind citation { quote } } monitoring { id board { name } } } }'],
  ['alignments', '{ plan(period: "2022-26") { id outcomes { id partnerAlignments { id strength } } } }',
    '{ plan(period: "2022-26") { id outcomes { id partnerAlignments { id rationale illustrative } } } }'],
];

describe('records a client caches', () => {
  it.each(PAIRS)('%s: two queries asking different fields are both read back from Apollo Client\'s cache, without a warning', async (_name, first, second) => {
    const warnings: string[] = [];
    const spies = (['warn', 'error'] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args) => { warnings.push(args.map(String).join(' ')); }));
    try {
      const client = new ApolloClient({ link: new HttpLink({ uri: `${server.url}/graphql` }), cache: new InMemoryCache({ possibleTypes: generated.possibleTypes }) });
      const [a, b] = [gql(first), gql(second)];
      const answerA = await client.query({ query: a });
      await client.query({ query: b });
      // Without ids, the second answer replaces the records' lists and the first query can no longer be read.
      const read = (query: typeof a) => client.cache.diff({ query, optimistic: false, returnPartialData: true });
      expect(read(a).missing?.message).toBeUndefined();
      expect(read(a).result).toEqual(answerA.data);
      expect(read(b).missing?.message).toBeUndefined();
      expect(warnings).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('keeps an edition\'s answers with and without illustrative lines apart, and every id stable across requests', async () => {
    const query = '{ a: savings(edition: "mtfs-2017-21") { id } b: savings(edition: "mtfs-2017-21", includeIllustrative: false) { id } c: savings(edition: "2017/18 to 2020/21") { id } }';
    const one = await server.ask(query);
    expect(one.a.id).not.toBe(one.b.id);
    expect(one.c.id).toBe(one.a.id);
    expect(await server.ask(query)).toEqual(one);
    const plan = '{ plan(period: "2022-26") { decisions { id } monitoring { id } alignmentMatrix { rows { cells { alignments { id } } } } } }';
    const answer = await server.ask(plan);
    const ids = [...answer.plan.decisions, ...answer.plan.monitoring, ...answer.plan.alignmentMatrix.rows.flatMap((r: any) => r.cells.flatMap((c: any) => c.alignments))].map((r: any) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await server.ask(plan)).toEqual(answer);
  });
});

describe('API tokens and audit events are Nodes', () => {
  let admin = '';
  let scopedAdmin = '';
  let editor = '';
  let officer: { id: string; name: string };
  beforeAll(async () => {
    admin = (await createToken(db, 'Cache admin', 'admin', 'test')).token;
    scopedAdmin = (await createToken(db, 'Council admin', 'admin', 'test', 'lcc')).token;
    editor = (await createToken(db, 'Cache editor', 'editor', 'test')).token;
    const created = await server.query('mutation { createApiToken(role: VIEWER, name: "Board member") { apiToken { id name } } }', undefined, admin);
    officer = created.data!.createApiToken.apiToken;
  });

  const TOKEN = (id: string) => `{ node(id: "${id}") { __typename id ... on ApiToken { name role } } }`;

  it('answers a token by its id to an admin, and the same id revokes it', async () => {
    const asAdmin = await server.query(TOKEN(officer.id), undefined, admin);
    expect(asAdmin.data!.node).toEqual({ __typename: 'ApiToken', id: officer.id, name: 'Board member', role: 'VIEWER' });
    const listed = await server.query('{ apiTokens { id name } }', undefined, admin);
    expect(listed.data!.apiTokens).toContainEqual({ id: officer.id, name: 'Board member' });
    const revoked = await server.query(`mutation { revokeApiToken(id: "${officer.id}") { id revokedAt } }`, undefined, admin);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeApiToken.id).toBe(officer.id);
  });

  it('answers null for a token to anyone but an admin, and to a scoped admin for a token outside its scope', async () => {
    for (const token of [undefined, editor, scopedAdmin]) {
      const result = await server.query(TOKEN(officer.id), undefined, token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.node).toBeNull();
      const many = await server.query(`{ nodes(ids: ["${officer.id}"]) { id } }`, undefined, token);
      expect(many.data!.nodes).toEqual([null]);
    }
  });

  it('answers an audit event by its id exactly as `history` shows it to the caller', async () => {
    const trail = await server.query('{ history(actor: "Cache admin", first: 10) { id action } }', undefined, admin);
    const tokenEvent = trail.data!.history.find((e: any) => e.action === 'token.create');
    expect(tokenEvent).toBeDefined();
    const seeded = await server.ask('{ history(actor: "seed loader", first: 1) { id action at } }');
    expect(seeded.history).toHaveLength(1);
    const event = seeded.history[0];
    const EVENT = (id: string) => `{ node(id: "${id}") { __typename id ... on AuditEvent { action at } } }`;
    expect((await server.ask(EVENT(event.id))).node).toEqual({ __typename: 'AuditEvent', ...event });
    expect((await server.query(EVENT(tokenEvent.id), undefined, admin)).data!.node).toMatchObject({ id: tokenEvent.id, action: 'token.create' });
    for (const token of [undefined, editor, scopedAdmin]) expect((await server.query(EVENT(tokenEvent.id), undefined, token)).data!.node).toBeNull();
  });
});
