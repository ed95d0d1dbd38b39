import { describe, expect, it } from 'vitest';
import { buildMatrix, sharedGround } from '../../src/domains/partners/alignment-matrix.js';
import type { AlignmentModel } from '../../src/domains/partners/partners.models.js';

const alignment = (strategyKey: string, outcomeKey: string, targetKey: string, strength: 'PRIMARY' | 'CONTRIBUTORY', illustrative = false): AlignmentModel => ({
  priorityKey: `${strategyKey}/p-${targetKey}`, strategyKey, outcomeKey, strength, illustrative, rationale: null, citation: null,
  target: { key: targetKey, typeName: targetKey.includes('.') ? 'SubOutcome' : 'Outcome' },
});

const alignments = [
  alignment('jhws', '2022-26/6', '2022-26/6.1', 'PRIMARY'),
  alignment('jhws', '2022-26/6', '2022-26/6', 'CONTRIBUTORY'),
  alignment('stp', '2022-26/6', '2022-26/6.1', 'PRIMARY', true),
  alignment('sep', '2022-26/7', '2022-26/7.2', 'CONTRIBUTORY'),
];

describe('the alignment matrix', () => {
  it("counts a link to a sub-outcome in its outcome's row, by strength, with a row total", () => {
    const matrix = buildMatrix(['2022-26/6', '2022-26/7', '2022-26/8'], alignments);
    expect(matrix.strategyKeys).toEqual(['jhws', 'sep', 'stp']);
    const six = matrix.rows[0]!;
    expect(six.links).toBe(3);
    expect(six.cells.find((c) => c.strategyKey === 'jhws')).toMatchObject({ links: 2, primary: 1, contributory: 1, illustrative: false });
    expect(matrix.rows[2]).toMatchObject({ outcomeKey: '2022-26/8', links: 0 });
  });

  it('flags a cell, and the matrix, that rest on an illustrative alignment', () => {
    const matrix = buildMatrix(['2022-26/6'], alignments);
    expect(matrix.rows[0]!.cells.find((c) => c.strategyKey === 'stp')!.illustrative).toBe(true);
    expect(matrix.illustrative).toBe(true);
    expect(buildMatrix(['2022-26/7'], alignments.slice(3)).illustrative).toBe(false);
  });
});

describe('shared ground', () => {
  it('counts strategies, not links: an item two strategies align with is shared ground, one strategy twice is not', () => {
    const ground = sharedGround(alignments, 2);
    expect(ground.map((g) => g.target.key)).toEqual(['2022-26/6.1']);
    expect(ground[0]).toMatchObject({ strategyKeys: ['jhws', 'stp'], illustrative: true });
    expect(sharedGround(alignments, 1).map((g) => g.target.key)).toEqual(['2022-26/6.1', '2022-26/6', '2022-26/7.2']);
  });
});
