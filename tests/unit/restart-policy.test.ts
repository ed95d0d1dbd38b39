import { describe, expect, it } from 'vitest';
import { RestartCounter } from '../../src/neo4j/managed/restart-policy.js';

describe('restarting a managed Neo4j that died', () => {
  const policy = { maxRestarts: 5, baseDelayMs: 1000, maxDelayMs: 10_000, stableMs: 60_000 };

  it('waits 1 s, 2 s, 4 s … (capped) between attempts, and gives up when the restarts in a row are used up', () => {
    const counter = new RestartCounter(policy, () => 0);
    counter.up();
    const waits = Array.from({ length: 6 }, () => counter.failed());
    expect(waits).toEqual([
      { delayMs: 1000, attempt: 1 }, { delayMs: 2000, attempt: 2 }, { delayMs: 4000, attempt: 3 },
      { delayMs: 8000, attempt: 4 }, { delayMs: 10_000, attempt: 5 }, undefined,
    ]);
  });

  it('forgives earlier failures once a restarted Neo4j has stayed up for a while, but not a quick relapse', () => {
    let now = 0;
    const counter = new RestartCounter(policy, () => now);
    counter.up();
    counter.failed();
    counter.up(); // back after the first restart …
    now += 5_000;
    expect(counter.failed()).toEqual({ delayMs: 2000, attempt: 2 }); // … and dead again within seconds: in a row
    counter.up();
    now += 60_000;
    expect(counter.failed()).toEqual({ delayMs: 1000, attempt: 1 }); // a minute up: a new, separate crash
  });

  it('gives up at the first crash when no restarts are allowed (an outer supervisor restarts the API instead)', () => {
    const counter = new RestartCounter({ ...policy, maxRestarts: 0 }, () => 0);
    counter.up();
    expect(counter.failed()).toBeUndefined();
  });
});
