import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { withResolveLock } from '../../src/neo4j/managed/resolve-lock.js';

const folder = () => path.join(mkdtempSync(path.join(tmpdir(), 'gt-resolve-lock-')), '5.26.30');

describe('resolving Neo4j from two processes at once', () => {
  it('runs one resolver at a time: the second waits, says whom it waits for, then runs', async () => {
    const dir = folder();
    const order: string[] = [];
    const said: string[] = [];
    let releaseFirst!: () => void;
    const first = withResolveLock(dir, () => {}, async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => { releaseFirst = resolve; });
      order.push('first ends');
    }, { pollMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = withResolveLock(dir, (line) => said.push(line), async () => { order.push('second runs'); }, { pollMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual(['first starts']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second runs']);
    expect(said).toEqual([expect.stringMatching(new RegExp(`^Waiting for process ${process.pid}, which is resolving Neo4j into `))]);
    expect(existsSync(`${dir}.resolving`)).toBe(false);
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    mkdirSync(`${dir}.resolving`, { recursive: true });
    writeFileSync(path.join(`${dir}.resolving`, 'pid'), dead);
    await expect(withResolveLock(dir, () => {}, async () => 'resolved', { pollMs: 10 })).resolves.toBe('resolved');
  });

  it('releases the lock when the resolver fails, so the next start can try again', async () => {
    const dir = folder();
    await expect(withResolveLock(dir, () => {}, async () => { throw new Error('Maven could not resolve Neo4j'); })).rejects.toThrow(/Maven/);
    await expect(withResolveLock(dir, () => {}, async () => 'again', { pollMs: 10 })).resolves.toBe('again');
  });

  it('gives up with what to do when the owner holds the lock too long', async () => {
    const dir = folder();
    mkdirSync(`${dir}.resolving`, { recursive: true });
    writeFileSync(path.join(`${dir}.resolving`, 'pid'), String(process.pid));
    await expect(withResolveLock(dir, () => {}, async () => 'never', { pollMs: 10, timeoutMs: 50 }))
      .rejects.toThrow(/has been resolving Neo4j into .* for too long: wait for it or stop it, delete .*\.resolving, and start again/);
  });
});
