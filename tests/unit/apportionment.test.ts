/** The apportionment rule: a line-year's parts always add back to its amount, to the penny, and follow the shares. */
import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/domains/finance/apportionment.js';

/** A deterministic pseudo-random sequence, so a failure reproduces. */
function* numbers(seed: number) {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x;
  }
}

describe('apportioning a line-year', () => {
  it('gives every penny to a share or to unapportioned, for thousands of amounts and share sets', () => {
    const random = numbers(42);
    const next = (n: number) => random.next().value! % n;
    for (let i = 0; i < 5000; i++) {
      const amount = next(2_000_000_000) - 500_000_000;
      const shares = Array.from({ length: next(5) }, (_, k) => ({ targetKey: `o${k}`, basisPoints: 1 + next(2500) }));
      const { byTarget, unapportioned } = apportion(amount, shares);
      const parts = [...byTarget.values()].reduce((s, p) => s + p, 0) + unapportioned;
      expect(parts).toBe(amount);
      for (const share of shares) {
        // Each part is within a penny of its exact share.
        expect(Math.abs(byTarget.get(share.targetKey)! - (amount * share.basisPoints) / 10000)).toBeLessThan(1);
      }
    }
  });

  it('splits £1 three ways at 33.33% with the left-over penny to the largest remainder (ties in key order)', () => {
    // Exact parts: 33.33p each and 0.01p unapportioned; the penny rounding leaves goes to a share (0.33 > 0.01).
    const split = apportion(100, [{ targetKey: 'b', basisPoints: 3333 }, { targetKey: 'a', basisPoints: 3333 }, { targetKey: 'c', basisPoints: 3333 }]);
    expect(Object.fromEntries(split.byTarget)).toEqual({ a: 34, b: 33, c: 33 });
    expect(split.unapportioned).toBe(0);
    const whole = apportion(100, [{ targetKey: 'a', basisPoints: 5000 }, { targetKey: 'b', basisPoints: 5000 }]);
    expect(whole).toEqual({ byTarget: new Map([['a', 50], ['b', 50]]), unapportioned: 0 });
  });

  it('refuses shares over 100%', () => {
    expect(() => apportion(100, [{ targetKey: 'a', basisPoints: 6000 }, { targetKey: 'b', basisPoints: 4001 }])).toThrow(/100.01%/);
  });
});
