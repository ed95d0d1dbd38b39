/**
 * The lineage kinds, defined once (src/domains/traceability/lineage-kinds.ts), and the chains rule that tells
 * a transitive step which may concern only another part (lineage-chains.ts). Pure functions, no database.
 */
import { describe, expect, it } from 'vitest';
import { placeSteps } from '../../src/domains/traceability/lineage-chains.js';
import { lineageKindOf, sameWords } from '../../src/domains/traceability/lineage-kinds.js';
import type { LineageStepModel } from '../../src/domains/traceability/traceability.models.js';

describe('the lineage kind of a link follows from the counts at its ends', () => {
  it('is KEPT or RENAMED one to one, by the words (case and punctuation aside)', () => {
    expect(lineageKindOf(1, 1, 'Great Communities', 'great communities.')).toBe('KEPT');
    expect(lineageKindOf(1, 1, 'Every child gets the best start in life', 'Every child gets the best start for life')).toBe('RENAMED');
  });

  it('is SPLIT one to many, MERGED many to one, and SPLIT_AND_MERGED when both hold', () => {
    expect(lineageKindOf(2, 1, 'a', 'b')).toBe('SPLIT');
    expect(lineageKindOf(1, 2, 'a', 'b')).toBe('MERGED');
    expect(lineageKindOf(2, 2, 'a', 'b')).toBe('SPLIT_AND_MERGED');
    expect(lineageKindOf(2, 1, 'same', 'same')).toBe('SPLIT');
  });

  it('compares words, not spacing or punctuation', () => {
    expect(sameWords('Clean, Green Future', 'clean green  future')).toBe(true);
    expect(sameWords('Strong Economy', 'Strong Economy, Transport and Infrastructure')).toBe(false);
  });
});

const step = (from: string, to: string, kind: string, direction: 'FORWARD' | 'BACKWARD', askedKey: string): LineageStepModel => ({
  askedKey, direction, from: { key: from, typeName: 'Outcome' }, to: { key: to, typeName: 'Outcome' },
  link: { kind, status: null, basis: 'ANALYST_JUDGEMENT', confidence: 'HIGH', illustrative: false, rationale: null, citation: null, createdBy: null, createdAt: null },
});

describe('a lineage step reached through an item that both merged and split may concern only other parts', () => {
  it('marks Better Care → Wellbeing and Opportunity as partOnly for Improving Opportunities, but not the 2017 proposal', () => {
    // 7 ← WO (WO split into 7 and 9, and took in T3 and T4); WO ← T3, WO ← T4 (merges); WO ← O2 (kept whole).
    const steps = [
      step('WO', '7', 'SPLIT_AND_MERGED', 'BACKWARD', '7'),
      step('T3', 'WO', 'SPLIT_AND_MERGED', 'BACKWARD', '7'),
      step('T4', 'WO', 'SPLIT_AND_MERGED', 'BACKWARD', '7'),
      step('O2', 'WO', 'KEPT', 'BACKWARD', '7'),
    ];
    const places = placeSteps('7', steps);
    expect(steps.map((s) => [s.from.key, places.get(s)])).toEqual([
      ['WO', { distance: 1, partOnly: false }],
      ['T3', { distance: 2, partOnly: true }],
      ['T4', { distance: 2, partOnly: true }],
      ['O2', { distance: 2, partOnly: false }],
    ]);
  });

  it('going forward, marks what follows a merge that then splits', () => {
    // GC.4 → 5.2 (split) → nothing beyond; KPS.2 → 9.2 (merged) → 9.2 → X (split): X may hold only KPS.1's part.
    const steps = [step('KPS.2', '9.2', 'MERGED', 'FORWARD', 'KPS.2'), step('9.2', 'X', 'SPLIT', 'FORWARD', 'KPS.2'), step('9.2', 'Y', 'KEPT', 'FORWARD', 'KPS.2')];
    const places = placeSteps('KPS.2', steps);
    expect(steps.map((s) => places.get(s)!.partOnly)).toEqual([false, true, false]);
    expect(places.get(steps[1]!)!.distance).toBe(2);
  });
});
