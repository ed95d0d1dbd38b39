/**
 * The `progress` import: a performance team's spreadsheet of values, targets and owners' updates (one row per
 * value) through the import pipeline: a dry run's diff, all-or-nothing, idempotent, corrections superseding
 * (both kept), and each bad row refused with its line and column while nothing is written.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import type { Database } from '../../src/neo4j/database.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
let editor: string;
useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  editor = (await createToken(db, 'Performance team', 'editor', 'test')).token;
});

const IMPORT = `mutation ($content: String!, $dryRun: Boolean) {
  importFile(kind: "progress", format: CSV, content: $content, source: "performance-tracker.csv", dryRun: $dryRun) {
    applied rows added changed unchanged retired changes { change key line before after } } }`;
const SAMPLE = readFileSync('seeds/examples/progress.csv', 'utf8');
const records = async () => (await db.read<{ n: number; events: number }>('test.records',
  'MATCH (n) WHERE n:MeasureValue OR n:MeasureTarget OR n:ActionUpdate WITH count(n) AS n MATCH (e:AuditEvent) RETURN n, count(e) AS events'))[0]!;

describe('importing progress', () => {
  it('shows a dry run\'s diff and writes nothing, then applies it all, then changes nothing the second time', async () => {
    const before = await records();
    const dry = await server.query(IMPORT, { content: SAMPLE, dryRun: true }, editor);
    expect(dry.errors).toBeUndefined();
    // 7.1-A1-1 had no update for Q2 (added); every other row is new too.
    expect(dry.data!.importFile).toMatchObject({ applied: false, rows: 5, added: 5, changed: 0, unchanged: 0, retired: 0 });
    expect(dry.data!.importFile.changes.map((c: any) => [c.change, c.key, c.line])).toEqual([
      ['ADDED', 'measure/HEALTHY-WEIGHT|2023/24 Q3', 2], ['ADDED', 'measure/HEALTHY-WEIGHT|2024/25', 3], ['ADDED', 'measure/NEET|2023/24 Q3', 4],
      ['ADDED', '2022-26/9.3-A2-1|2023/24 Q3', 5], ['ADDED', '2022-26/7.1-A1-1|2023/24 Q2', 6],
    ]);
    expect(await records()).toEqual(before);

    const applied = await server.query(IMPORT, { content: SAMPLE }, editor);
    expect(applied.data!.importFile).toMatchObject({ applied: true, added: 5 });
    const data = await server.ask(`{
      hw: measure(key: "measure/HEALTHY-WEIGHT") { rag(period: "2023/24 Q3") values { period { label } value source note illustrative } targets { period { label } target illustrative } }
      plan(period: "2022-26") { staleActions(period: "2023/24 Q2") { action { code } } }
    }`);
    expect(data.hw.values.at(-1)).toEqual({ period: { label: '2023/24 Q3' }, value: 37.9, source: 'Active Lives survey', note: 'Referrals resumed in November.', illustrative: true });
    // The sample says `illustrative: yes` on every row, and the records say so.
    expect(data.hw.rag).toBe('RED');
    expect(data.hw.targets.at(-1)).toEqual({ period: { label: '2024/25' }, target: 40, illustrative: true });
    // The owner who had not reported for Q2 has now.
    expect(data.plan.staleActions.map((s: any) => s.action.code)).not.toContain('7.1-A1-1');
    const after = await records();
    // Two values, two targets and two updates, each with its audit event, and the import's own event.
    expect(after.n - before.n).toBe(6);
    expect(after.events - before.events).toBe(7);

    const again = await server.query(IMPORT, { content: SAMPLE }, editor);
    expect(again.data!.importFile).toMatchObject({ added: 0, changed: 0, unchanged: 5, retired: 0 });
    expect((await records()).n).toBe(after.n);
  });

  it('supersedes a value a later file corrects, keeping both', async () => {
    const corrected = SAMPLE.replace('HEALTHY-WEIGHT,2023/24 Q3,37.9', 'HEALTHY-WEIGHT,2023/24 Q3,38.3');
    const result = await server.query(IMPORT, { content: corrected }, editor);
    expect(result.data!.importFile).toMatchObject({ added: 0, changed: 1, unchanged: 4 });
    expect(result.data!.importFile.changes[0]).toMatchObject({ change: 'CHANGED', key: 'measure/HEALTHY-WEIGHT|2023/24 Q3', before: JSON.stringify({ value: 37.9, target: null }) });
    const history = (await server.ask(`{ measure(key: "measure/HEALTHY-WEIGHT") { valueHistory(period: "2023/24 Q3") { value superseded } } }`)).measure.valueHistory;
    expect(history).toEqual([{ value: 38.3, superseded: false }, { value: 37.9, superseded: true }]);
  });

  it('refuses a file with bad rows, naming each line and column, and writes nothing', async () => {
    const before = await records();
    const bad = [
      'indicator,period,value,target,direction,commentary,status,illustrative',
      'NO-SUCH-MEASURE,2023/24 Q3,1,,,,,',
      'HEALTHY-WEIGHT,Q3 2023,1,,,,,',
      'CARE-EXPERIENCE,2023/24,,80,,,,',
      'NEET,2023/24 Q4,2.7,,,,,',
      'NEET,2023/24 Q4,2.6,,,,,',
      'GLD,2023/24 Q3,lots,,,,,',
      '2022-26/9.3-A2-1,2023/24 Q4,,,,,,',
      '2022-26/9.3-A2-3,2023/24 Q4,,,,Partners agreed.,nearly done,',
      'HEALTHY-WEIGHT,2023/24 Q4,1,,,,on track,',
      'HEALTHY-WEIGHT,2023/24 M10,1,,,,,perhaps',
      '',
    ].join('\n');
    const result = await server.query(IMPORT, { content: bad }, editor);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('nothing was written');
    const problems = (result.errors![0]!.extensions as any).problems.map((p: any) => `${p.line}:${p.column ?? ''}`);
    expect(problems).toEqual(expect.arrayContaining(['2:indicator', '3:period', '4:direction', '6:', '7:value', '8:status', '8:commentary', '9:status', '10:status', '11:illustrative']));
    expect(await records()).toEqual(before);
  });
});
