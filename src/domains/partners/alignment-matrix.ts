/**
 * The alignment matrix and shared ground, computed from a plan's alignments: pure functions, so the
 * counting rules (a link to a sub-outcome counts in its outcome's row; shared ground counts strategies,
 * not links) read in one place.
 */
import type { AlignmentModel } from './partners.models.js';

export interface AlignmentCellModel {
  strategyKey: string;
  links: number;
  primary: number;
  contributory: number;
  alignments: AlignmentModel[];
  illustrative: boolean;
}

export interface AlignmentRowModel {
  outcomeKey: string;
  cells: AlignmentCellModel[];
  links: number;
}

export interface AlignmentMatrixModel {
  strategyKeys: string[];
  rows: AlignmentRowModel[];
  illustrative: boolean;
}

export function buildMatrix(outcomeKeys: string[], alignments: AlignmentModel[]): AlignmentMatrixModel {
  const strategyKeys = [...new Set(alignments.map((a) => a.strategyKey))].sort();
  const rows = outcomeKeys.map((outcomeKey) => {
    const cells = strategyKeys.map((strategyKey) => {
      const inCell = alignments.filter((a) => a.outcomeKey === outcomeKey && a.strategyKey === strategyKey);
      return {
        strategyKey,
        links: inCell.length,
        primary: inCell.filter((a) => a.strength === 'PRIMARY').length,
        contributory: inCell.filter((a) => a.strength === 'CONTRIBUTORY').length,
        alignments: inCell,
        illustrative: inCell.some((a) => a.illustrative),
      };
    });
    return { outcomeKey, cells, links: cells.reduce((sum, c) => sum + c.links, 0) };
  });
  return { strategyKeys, rows, illustrative: alignments.some((a) => a.illustrative) };
}

export interface SharedGroundModel {
  target: AlignmentModel['target'];
  strategyKeys: string[];
  alignments: AlignmentModel[];
  illustrative: boolean;
}

export function sharedGround(alignments: AlignmentModel[], minStrategies: number): SharedGroundModel[] {
  const byTarget = new Map<string, AlignmentModel[]>();
  for (const a of alignments) byTarget.set(a.target.key, [...(byTarget.get(a.target.key) ?? []), a]);
  return [...byTarget.values()]
    .map((list) => ({
      target: list[0]!.target,
      strategyKeys: [...new Set(list.map((a) => a.strategyKey))].sort(),
      alignments: list,
      illustrative: list.some((a) => a.illustrative),
    }))
    .filter((s) => s.strategyKeys.length >= minStrategies)
    .sort((a, b) => b.strategyKeys.length - a.strategyKeys.length || a.target.key.localeCompare(b.target.key));
}
