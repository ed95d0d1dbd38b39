import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeeds } from '../../src/seeding/load-seeds.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { copySeeds, editSeedFile } from '../helpers/seed-fixtures.js';
import { openTestDatabase, resetGraph, SEEDS_DIR } from '../helpers/test-graph.js';

let db: Database;
beforeAll(async () => {
  db = openTestDatabase();
  await resetGraph(db);
});
afterAll(async () => db.close());

describe('loading the seed files', () => {
  it('fills an empty graph, then a second load changes nothing (same counts, same property checksum)', async () => {
    const first = await loadSeeds(db, SEEDS_DIR);
    expect(first.status).toBe('loaded');
    expect(first.nodesCreated).toBe(first.nodes);
    const afterFirst = await snapshotThread(db);
    expect(afterFirst.nodes).toBe(first.nodes);

    const second = await loadSeeds(db, SEEDS_DIR);
    expect(second.status).toBe('unchanged');
    expect(await snapshotThread(db)).toEqual(afterFirst);
  });

  it('re-applying unchanged files by force still leaves the thread exactly as it was', async () => {
    const before = await snapshotThread(db);
    const forced = await loadSeeds(db, SEEDS_DIR, { force: true });
    expect(forced).toMatchObject({ status: 'loaded', nodesCreated: 0, retired: 0 });
    expect(await snapshotThread(db)).toEqual(before);
  });

  it('updates an edited record in place, keeping its key, links and the count of items', async () => {
    const dir = copySeeds();
    try {
      const before = await snapshotThread(db);
      editSeedFile(dir, 'plans/2022-26.yaml', /name: People enjoy long lives in good health/, 'name: People enjoy long and healthy lives');
      const result = await loadSeeds(db, dir).catch((e: Error) => e);
      if (result instanceof Error) throw result;
      expect(result).toMatchObject({ status: 'loaded', nodesCreated: 0, retired: 0 });
      const after = await snapshotThread(db);
      expect(after.nodes).toBe(before.nodes);
      expect(after.links).toBe(before.links);
      const rows = await db.read<{ name: string; aims: number }>(
        'test.edited',
        'MATCH (s:SubOutcome {key: "2022-26/9.3"}) RETURN s.name AS name, COUNT { (s)-[:HAS_AIM]->() } AS aims',
      );
      expect(rows).toEqual([{ name: 'People enjoy long and healthy lives', aims: 3 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await loadSeeds(db, SEEDS_DIR);
    }
  });

  it('retires, rather than deletes, a record removed from the files', async () => {
    const dir = copySeeds();
    try {
      editSeedFile(dir, 'plans/2018-22.yaml', /code: "?P6"?\n/, 'code: P9\n');
      await loadSeeds(db, dir);
      const rows = await db.read<{ key: string; retired: boolean }>('test.retired', 'MATCH (p:Principle) WHERE p.key IN ["2018-22/P6", "2018-22/P9"] RETURN p.key AS key, p.retiredAt IS NOT NULL AS retired ORDER BY key');
      expect(rows).toEqual([{ key: '2018-22/P6', retired: true }, { key: '2018-22/P9', retired: false }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await loadSeeds(db, SEEDS_DIR);
    const back = await db.read<{ retired: boolean }>('test.unretired', 'MATCH (p:Principle {key: "2018-22/P6"}) RETURN p.retiredAt IS NOT NULL AS retired');
    expect(back).toEqual([{ retired: false }]);
  });

  it('records a load that changed something in the audit trail, and none for a load that changed nothing', async () => {
    const events = async () => (await db.read<{ n: number }>('test.audit', "MATCH (e:AuditEvent {action: 'seeds.load'}) RETURN count(e) AS n"))[0]!.n;
    const start = await events();
    await loadSeeds(db, SEEDS_DIR);
    expect(await events()).toBe(start);
    const dir = copySeeds();
    try {
      editSeedFile(dir, 'plans/2018-22.yaml', /name: Good Value/, 'name: Good value for money');
      await loadSeeds(db, dir);
      expect(await events()).toBe(start + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await loadSeeds(db, SEEDS_DIR);
    }
  });

  it('moves an action to another aim without leaving it under the old one', async () => {
    const dir = copySeeds();
    try {
      // 9.3-A2-1 (healthy weight support) is moved from aim 9.3-A2 to aim 9.3-A3 by cutting and pasting its record.
      const file = 'plans/2022-26.yaml';
      const text = readFileSync(path.join(dir, file), 'utf8');
      const start = text.indexOf('              - code: 9.3-A2-1');
      const end = text.indexOf('              - code: 9.3-A2-2');
      const record = text.slice(start, end);
      const removed = text.slice(0, start) + text.slice(end);
      const anchor = removed.indexOf('              - code: 9.3-A3-1');
      writeFileSync(path.join(dir, file), removed.slice(0, anchor) + record + removed.slice(anchor));
      await loadSeeds(db, dir);
      const rows = await db.read<{ aim: string }>('test.moved', "MATCH (aim:Aim)-[:HAS_ACTION]->(:Action {key: '2022-26/9.3-A2-1'}) RETURN aim.key AS aim");
      expect(rows).toEqual([{ aim: '2022-26/9.3-A3' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await loadSeeds(db, SEEDS_DIR);
    }
    const back = await db.read<{ aim: string }>('test.moved.back', "MATCH (aim:Aim)-[:HAS_ACTION]->(:Action {key: '2022-26/9.3-A2-1'}) RETURN aim.key AS aim");
    expect(back).toEqual([{ aim: '2022-26/9.3-A2' }]);
  });
});
