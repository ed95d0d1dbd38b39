/** The synthetic generator: deterministic from its seed, councils kept apart by their keys, skewed like real plans. */
import { describe, expect, it } from 'vitest';
import { buildCouncilThread } from '../../src/synthetic/council-thread.js';

describe('a synthetic council', () => {
  it('is the same for the same seed and council, and different for another seed', () => {
    expect(buildCouncilThread(42, 7)).toEqual(buildCouncilThread(42, 7));
    expect(buildCouncilThread(43, 7).threadItems).not.toEqual(buildCouncilThread(42, 7).threadItems);
  });

  it('shares no key with another council', () => {
    const keysOf = (n: number) => new Set(buildCouncilThread(1, n).threadItems.map((r) => r.key));
    const a = keysOf(1);
    const b = keysOf(2);
    expect([...a].filter((k) => b.has(k))).toEqual([]);
    expect([...a].every((k) => k!.startsWith('c001-'))).toBe(true);
  });

  it('has three plan generations, a few hundred actions, and sub-outcomes with none and with many', () => {
    const counts: number[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      const thread = buildCouncilThread(1, n);
      const of = (type: string) => thread.threadItems.filter((r) => r.type === type);
      expect(of('STRATEGIC_PLAN')).toHaveLength(3);
      expect(of('ACTION').length).toBeGreaterThan(150);
      expect(of('OUTCOME').filter((o) => o.succeeds).length).toBeGreaterThan(0);
      expect(thread.partnerPriorities.length).toBeGreaterThan(10);
      expect(thread.links.some((l) => l.kind === 'ALIGNS_WITH')).toBe(true);
      const perSub = new Map(of('SUB_OUTCOME').map((s) => [s.key, 0]));
      const aimParent = new Map(of('AIM').map((a) => [a.key, a.parent]));
      for (const action of of('ACTION')) {
        const sub = aimParent.get(action.parent!) ?? action.parent!;
        perSub.set(sub, (perSub.get(sub) ?? 0) + 1);
      }
      counts.push(...perSub.values());
    }
    const mean = counts.reduce((s, c) => s + c, 0) / counts.length;
    expect(counts.filter((c) => c === 0).length / counts.length).toBeGreaterThan(0.05);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(5 * mean);
  });

  it('says it is illustrative in every row and every quote', () => {
    const thread = buildCouncilThread(1, 4);
    expect(thread.threadItems.every((r) => r.illustrative === 'yes')).toBe(true);
    expect(thread.threadItems.filter((r) => r.citation_quote).every((r) => r.citation_quote!.includes('synthetic, illustrative'))).toBe(true);
    expect([...thread.partnerPriorities, ...thread.commitments].every((r) => r.illustrative === 'yes')).toBe(true);
  });
});
