import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { checkSeeds } from '../../src/seeding/check-seeds.js';
import { loadSeeds } from '../../src/seeding/load-seeds.js';
import { SeedValidationError } from '../../src/seeding/seed-problem.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { copySeeds, editSeedFile, lineOf } from '../helpers/seed-fixtures.js';
import { openTestDatabase, resetToSeeds, SEEDS_DIR } from '../helpers/test-graph.js';

function problemsOf(dir: string) {
  const check = checkSeeds(dir);
  if (check.ok) throw new Error('expected the fixture to be rejected');
  return check.error.problems;
}

describe('the seed checker', () => {
  const dirs: string[] = [];
  const fixture = () => {
    const dir = copySeeds();
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('accepts the project\'s own seed files', () => {
    const check = checkSeeds(SEEDS_DIR);
    expect(check.ok ? [] : check.error.problems).toEqual([]);
  });

  it('reports a missing field with file, line, record and field', () => {
    const dir = fixture();
    const line = lineOf(dir, 'plans/2022-26.yaml', 'name: People enjoy long lives in good health');
    editSeedFile(dir, 'plans/2022-26.yaml', /\n(\s*)name: People enjoy long lives in good health\n/, '\n');
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'seeds/plans/2022-26.yaml', field: 'name' });
    expect(problems[0]!.record).toMatch(/^outcomes\[4\]\.subOutcomes\[\d\]$/);
    expect(Math.abs(problems[0]!.line! - line)).toBeLessThanOrEqual(8);
  });

  it('reports a reference to a key that does not exist', () => {
    const dir = fixture();
    editSeedFile(dir, 'lineage.yaml', /to: "?2022-26\/9\.3"?/, 'to: 2022-26/9.33');
    const problems = problemsOf(dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'seeds/lineage.yaml', field: 'to', message: expect.stringContaining('unknown reference "2022-26/9.33"') })]);
  });

  it('reports a duplicate code, naming both records', () => {
    const dir = fixture();
    editSeedFile(dir, 'plans/2022-26.yaml', /code: "?9\.4"?\n/, 'code: "9.3"\n');
    const problems = problemsOf(dir);
    expect(problems.some((p) => /duplicate key "2022-26\/9\.3"/.test(p.message) && p.file === 'seeds/plans/2022-26.yaml')).toBe(true);
  });

  it('reports a quote that is not in its paper, saying which file it looked in', () => {
    const dir = fixture();
    editSeedFile(dir, 'plans/2014-18.yaml', 'quote: "Skills – 3 priorities"', 'quote: "Skills – 4 priorities"');
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'seeds/plans/2014-18.yaml', field: 'citation.quote' });
    expect(problems[0]!.message).toMatch(/quote not found in seeds\/sources\/cabinet-2014-05-06-.*"Skills – 4 priorities/);
  });

  it('reports broken YAML with its line', () => {
    const dir = fixture();
    editSeedFile(dir, 'finance.yaml', /\nfigures:/, '\nfigures: [unclosed');
    const problems = problemsOf(dir);
    expect(problems[0]).toMatchObject({ file: 'seeds/finance.yaml', message: expect.stringMatching(/^not valid YAML/) });
    expect(problems[0]!.line).toBeGreaterThan(0);
  });
});

describe('loading broken seed files', () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetToSeeds(db);
  });
  afterAll(async () => db.close());

  it('writes nothing at all, and the error lists every problem and what to do', async () => {
    const dir = copySeeds();
    try {
      editSeedFile(dir, 'plans/2022-26.yaml', /name: People enjoy long lives in good health/, 'name: A renamed sub-outcome that would be written');
      editSeedFile(dir, 'plans/2014-18.yaml', 'quote: "Skills – 3 priorities"', 'quote: "Skills – 4 priorities"');
      const before = await snapshotThread(db);
      const attempt = loadSeeds(db, dir);
      await expect(attempt).rejects.toBeInstanceOf(SeedValidationError);
      await expect(attempt).rejects.toThrow(/1 problem\(s\); nothing was written\. Fix them and load again/);
      expect(await snapshotThread(db)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
