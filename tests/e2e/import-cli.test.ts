/**
 * `npm run import` with an Excel workbook as a finance officer runs it: the mapping in a small YAML file
 * beside the workbook, the answer saying how each heading was read, and next month's workbook of the same
 * source imported with no flags and no file beside it; a refusal names the cell and writes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { workbook, type Cell } from '../helpers/council-workbooks.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { openTestDatabase, resetToSeeds, testNeo4jTarget } from '../helpers/test-graph.js';

let db: Database;
beforeAll(async () => {
  db = openTestDatabase();
  await resetToSeeds(db);
});
afterAll(async () => db?.close());

const run = promisify(execFile);
async function importCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const target = testNeo4jTarget();
  const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, LOG_LEVEL: 'silent' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const HEADER: Cell[] = ['Saving No.', 'Service', 'Proposal', 'RAG', '2024/25', '2025/26'];

describe('npm run import with a workbook', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-import-cli-'));

  it('reads the mapping beside the workbook, and next month imports with no flags', async () => {
    const april = path.join(dir, 'public-health-april.xlsx');
    writeFileSync(april, await workbook({ name: 'Tracker', rows: [['Public Health savings (£m)'], null, HEADER, ['PH-11', 'Public Health', 'Stop smoking service', 'Green', 0.04, 0.04]] }));
    writeFileSync(path.join(dir, 'public-health-april.mapping.yaml'), 'columns:\n  Saving No.: reference\ndefaults:\n  edition: mtfs-2021\n');
    const first = await importCli('savings-lines', april, '--source', 'public-health-tracker');
    expect(first.stderr).toMatch(/with .*public-health-april\.mapping\.yaml/);
    expect(first.stdout).toMatch(/Read sheet "Tracker", header on row 3:/);
    expect(first.stdout).toMatch(/Tracker!A3 +"Saving No\." → reference \(mapping\)/);
    expect(first.stdout).toMatch(/Tracker!E3 +"2024\/25" → 2024\/25 in millions \(pattern\)/);
    expect(first.stdout).toMatch(/Imported: 1 rows; 1 added/);
    expect(first.stdout).toMatch(/The mapping is remembered for the source "public-health-tracker"/);

    const may = path.join(dir, 'public-health-may.xlsx');
    writeFileSync(may, await workbook({ name: 'Tracker', rows: [['Public Health savings (£m)'], null, HEADER, ['PH-11', 'Public Health', 'Stop smoking service', 'Amber', 0.04, 0.03]] }));
    const next = await importCli('savings-lines', may, '--source', 'public-health-tracker');
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/with the mapping remembered for this source/);
    expect(next.stdout).toMatch(/Imported: 1 rows; 0 added, 1 changed/);
    const [line] = await db.read<{ status: string; wording: string; pence: number[] }>('test',
      "MATCH (l:SavingsLine {key: 'mtfs-2021/PH-11'}) RETURN l.status AS status, l.statusWording AS wording, l.amountsPence AS pence");
    expect(line).toEqual({ status: 'AT_RISK', wording: 'Amber', pence: [4_000_000, 3_000_000] });
  }, 240_000);

  it('refuses a bad workbook naming the cell, and writes nothing', async () => {
    const bad = path.join(dir, 'bad.xlsx');
    writeFileSync(bad, await workbook({ name: 'Tracker', rows: [['Ref', 'Service', 'Proposal', 'RAG', '2024/25 £m'], ['PH-12', 'Public Health', 'x', 'Green', 0.000000001]] }));
    const before = await snapshotThread(db);
    const result = await importCli('savings-lines', bad, '--edition', 'mtfs-2021');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(result.stderr).toMatch(/bad\.xlsx Tracker!E2 \("2024\/25 £m", 2024\/25\): "0\.000000001" in £m is not a whole number of pence/);
    expect(await snapshotThread(db)).toEqual(before);
  }, 120_000);
});
