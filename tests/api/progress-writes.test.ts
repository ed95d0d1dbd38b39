/**
 * Recording progress: values (and corrections, which supersede and keep both), targets with the rules a rating
 * follows, and owners' updates. Editors only, within a scoped token's organisation, checked against what the
 * caller read, each change in the audit trail; bad input refused naming the field, with nothing written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
useSeededServer((env) => ({ db, server } = env));
const tokens: Record<string, string> = {};
beforeAll(async () => {
  tokens.editor = (await createToken(db, 'Performance officer', 'editor', 'test')).token;
  tokens.viewer = (await createToken(db, 'Reader', 'viewer', 'test')).token;
  tokens.partner = (await createToken(db, 'Partner editor', 'editor', 'test', 'llep')).token;
});

const HW = toGlobalId('Measure', 'measure/HEALTHY-WEIGHT');
const CARE = toGlobalId('Measure', 'measure/CARE-EXPERIENCE');
const ACTION = toGlobalId('Action', '2022-26/9.4-A1-1');

const RECORD_VALUE = `mutation ($input: RecordMeasureValueInput!) { recordMeasureValue(input: $input) { id period { label } value target rag supersedes superseded illustrative recordedBy measure { key } } }`;
const SET_TARGET = `mutation ($input: SetMeasureTargetInput!) { setMeasureTarget(input: $input) { key version direction tolerance baseline { value period { label } } targets { period { label } target illustrative } } }`;
const RECORD_UPDATE = `mutation ($input: RecordActionUpdateInput!) { recordActionUpdate(input: $input) { id period { label } status commentary revisedDate recordedBy illustrative action { code } } }`;

/** What a refused write must leave as it was: the progress records and the audit trail. */
async function footprint() {
  const rows = await db.read<{ n: number; events: number; versions: number }>('test.footprint',
    `MATCH (n) WHERE n:MeasureValue OR n:MeasureTarget OR n:ActionUpdate WITH count(n) AS n
     MATCH (e:AuditEvent) WITH n, count(e) AS events MATCH (m:Measure) RETURN n, events, sum(coalesce(m.version, 0)) AS versions`);
  return rows[0];
}

async function refused(query: string, input: Record<string, unknown>, token: string | undefined, code: string, field?: string) {
  const before = await footprint();
  const result = await server.query(query, { input }, token);
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (field) expect(result.errors?.[0]?.message).toContain(`"${field}"`);
  expect(await footprint()).toEqual(before);
  return result.errors![0]!;
}

describe('recording a value', () => {
  it('records a value for a period with none, rated at once, with one audit event', async () => {
    const result = await server.query(RECORD_VALUE, { input: { measure: HW, period: '2023/24 Q3', value: 38.1, source: 'Active Lives survey' } }, tokens.editor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordMeasureValue).toMatchObject({ period: { label: '2023/24 Q3' }, value: 38.1, target: 39.5, rag: 'AMBER', supersedes: null, superseded: false, illustrative: false, recordedBy: 'Performance officer', measure: { key: 'measure/HEALTHY-WEIGHT' } });
    const history = await server.ask(`{ history(actor: "Performance officer", first: 5) { action targetKey targetType after } }`);
    expect(history.history[0]).toMatchObject({ action: 'measure.value.record', targetKey: 'measure/HEALTHY-WEIGHT', targetType: 'Measure' });
    expect(JSON.parse(history.history[0].after)).toMatchObject({ period: '2023/24 Q3', value: 38.1 });
  });

  it('corrects a value only by naming the one it supersedes; both stay, the correction is current', async () => {
    const current = (await server.ask(`{ measure(key: "measure/HEALTHY-WEIGHT") { valueHistory(period: "2023/24 Q2") { id value } } }`)).measure.valueHistory[0];
    const blind = await refused(RECORD_VALUE, { measure: HW, period: '2023/24 Q2', value: 38.9 }, tokens.editor, 'CONFLICT', 'input.supersedes');
    expect(blind.extensions).toMatchObject({ currentId: current.id });
    await refused(RECORD_VALUE, { measure: HW, period: '2023/24 Q4', value: 38.9, supersedes: current.id }, tokens.editor, 'CONFLICT', 'input.supersedes');

    const corrected = await server.query(RECORD_VALUE, { input: { measure: HW, period: '2023/24 Q2', value: 38.9, note: 'Late survey returns added.', supersedes: current.id } }, tokens.editor);
    expect(corrected.data!.recordMeasureValue).toMatchObject({ value: 38.9, rag: 'AMBER', supersedes: current.id, superseded: false, illustrative: false });
    const after = (await server.ask(`{ measure(key: "measure/HEALTHY-WEIGHT") { rag(period: "2023/24 Q2") values { period { label } value }
      valueHistory(period: "2023/24 Q2") { value superseded supersedes illustrative } } }`)).measure;
    expect(after.rag).toBe('AMBER');
    expect(after.values.filter((v: any) => v.period.label === '2023/24 Q2')).toEqual([{ period: { label: '2023/24 Q2' }, value: 38.9 }]);
    expect(after.valueHistory).toEqual([
      { value: 38.9, superseded: false, supersedes: current.id, illustrative: false },
      { value: 37.2, superseded: true, supersedes: null, illustrative: true },
    ]);
    // A second correction against the old id is stale now.
    await refused(RECORD_VALUE, { measure: HW, period: '2023/24 Q2', value: 39, supersedes: current.id }, tokens.editor, 'CONFLICT', 'input.supersedes');
  });

  it('refuses an unknown measure and a period in the wrong form, naming the field', async () => {
    await refused(RECORD_VALUE, { measure: toGlobalId('Measure', 'measure/NO-SUCH'), period: '2023/24 Q2', value: 1 }, tokens.editor, 'NOT_FOUND', 'input.measure');
    for (const period of ['2023 Q2', '2023/24 Q5', '2023/25', 'Q2']) {
      const e = await refused(RECORD_VALUE, { measure: HW, period, value: 1 }, tokens.editor, 'BAD_USER_INPUT', 'input.period');
      expect(e.message).toContain('2023/24 Q2');
    }
  });
});

describe('setting a target', () => {
  it('refuses a target for a measure with no direction unless one is given, then sets it and bumps the version', async () => {
    const m = (await server.ask(`{ measure(key: "measure/CARE-EXPERIENCE") { version direction } }`)).measure;
    expect(m.direction).toBeNull();
    const e = await refused(SET_TARGET, { measure: CARE, version: m.version, period: '2023/24', target: 80 }, tokens.editor, 'BAD_USER_INPUT', 'input.direction');
    expect(e.message).toContain('HIGHER_IS_BETTER or LOWER_IS_BETTER');
    await refused(SET_TARGET, { measure: CARE, version: m.version, period: '2023/24', target: 80, direction: 'HIGHER_IS_BETTER', tolerance: -1 }, tokens.editor, 'BAD_USER_INPUT', 'input.tolerance');
    await refused(SET_TARGET, { measure: CARE, version: m.version, period: '2023-24', target: 80, direction: 'HIGHER_IS_BETTER' }, tokens.editor, 'BAD_USER_INPUT', 'input.period');
    await refused(SET_TARGET, { measure: CARE, version: m.version + 1, period: '2023/24', target: 80, direction: 'HIGHER_IS_BETTER' }, tokens.editor, 'CONFLICT');

    const set = await server.query(SET_TARGET, { input: { measure: CARE, version: m.version, period: '2023/24', target: 80, direction: 'HIGHER_IS_BETTER', tolerance: 5, baseline: 74, baselinePeriod: '2021/22' } }, tokens.editor);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMeasureTarget).toMatchObject({ version: m.version + 1, direction: 'HIGHER_IS_BETTER', tolerance: 5, baseline: { value: 74, period: { label: '2021/22' } }, targets: [{ period: { label: '2023/24' }, target: 80, illustrative: false }] });
    // A new target for the same period supersedes the old; the direction stays without being repeated.
    const again = await server.query(SET_TARGET, { input: { measure: CARE, version: m.version + 1, period: '2023/24', target: 82 } }, tokens.editor);
    expect(again.data!.setMeasureTarget).toMatchObject({ direction: 'HIGHER_IS_BETTER', targets: [{ target: 82 }] });
    const events = await server.ask(`{ history(id: "${CARE}", first: 5) { action before after } }`);
    expect(events.history.filter((h: any) => h.action === 'measure.target.set')).toHaveLength(2);
  });
});

describe('recording an action update', () => {
  it('appends an update, checked against the latest the owner read', async () => {
    const latest = (await server.ask(`{ node(id: "${ACTION}") { ... on Action { latestUpdate { id status } } } }`)).node.latestUpdate;
    await refused(RECORD_UPDATE, { action: ACTION, period: '2023/24 Q3', status: 'AT_RISK', commentary: 'Digital front door delayed.' }, tokens.editor, 'CONFLICT', 'input.after');
    const ok = await server.query(RECORD_UPDATE, { input: { action: ACTION, period: '2023/24 Q3', status: 'AT_RISK', commentary: 'Digital front door delayed.', revisedDate: '2024-06-30', after: latest.id } }, tokens.editor);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordActionUpdate).toMatchObject({ period: { label: '2023/24 Q3' }, status: 'AT_RISK', revisedDate: '2024-06-30', recordedBy: 'Performance officer', illustrative: false, action: { code: '9.4-A1-1' } });
    const updates = (await server.ask(`{ node(id: "${ACTION}") { ... on Action { updates { status illustrative } latestUpdate { status } } } }`)).node;
    expect(updates.updates.map((u: any) => u.status)).toEqual(['AT_RISK', 'ON_TRACK', 'ON_TRACK']);
    expect(updates.latestUpdate.status).toBe('AT_RISK');
  });

  it('refuses a viewer, no token, a partner\'s token and a retired action, naming why', async () => {
    const input = { action: toGlobalId('Action', '2022-26/9.4-A1-2'), period: '2023/24 Q2', status: 'ON_TRACK', commentary: 'On track.' };
    await refused(RECORD_UPDATE, input, tokens.viewer, 'FORBIDDEN');
    await refused(RECORD_UPDATE, input, undefined, 'UNAUTHENTICATED');
    await refused(RECORD_UPDATE, input, tokens.partner, 'FORBIDDEN');
    await refused(RECORD_VALUE, { measure: HW, period: '2023/24 Q4', value: 1 }, tokens.partner, 'FORBIDDEN');
    const action = (await server.ask(`{ node(id: "${input.action}") { ... on Action { id } } }`)).node;
    const version = (await db.read<{ v: number }>('test.version', `MATCH (a:Action {key: '2022-26/9.4-A1-2'}) RETURN coalesce(a.version, 0) AS v`))[0]!.v;
    const retired = await server.query(`mutation { retireItem(id: "${action.id}", expectedVersion: ${version}, reason: "Merged into 9.4-A1-1.") { item { id } } }`, {}, tokens.editor);
    expect(retired.errors).toBeUndefined();
    const e = await refused(RECORD_UPDATE, input, tokens.editor, 'BAD_USER_INPUT', 'input.action');
    expect(e.message).toContain('retired');
  });

  it('refuses an unknown action, a bad period, a short commentary and a date that is not one', async () => {
    const base = { action: ACTION, period: '2023/24 Q4', status: 'ON_TRACK', commentary: 'On track.' };
    await refused(RECORD_UPDATE, { ...base, action: toGlobalId('Action', '2022-26/no-such') }, tokens.editor, 'NOT_FOUND', 'input.action');
    await refused(RECORD_UPDATE, { ...base, period: '2023/24 M13' }, tokens.editor, 'BAD_USER_INPUT', 'input.period');
    await refused(RECORD_UPDATE, { ...base, commentary: 'ok' }, tokens.editor, 'BAD_USER_INPUT', 'input.commentary');
    await refused(RECORD_UPDATE, { ...base, revisedDate: '2024-02-30' }, tokens.editor, 'BAD_USER_INPUT', 'input.revisedDate');
  });
});
