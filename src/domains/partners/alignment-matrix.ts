/**
 * The alignment matrix and shared ground, computed from a plan's alignments: pure functions, so the
 * counting rules (a link to a sub-outcome counts in its outcome's row; shared ground counts strategies,
 * not links) read in one place.
 */
import type { AlignmentModel } from './partners.models.js';

export interface AlignmentCellModel {
  strategyKey: string;
  links: number;
  illustrativeLinks: number;
  primary: number;
  contributory: number;
  alignments: AlignmentModel[];
  illustrative: boolean;
}

export interface AlignmentRowModel {
  outcomeKey: string;
  cells: AlignmentCellModel[];
  links: number;
  illustrativeLinks: number;
}

export interface AlignmentMatrixModel {
  strategyKeys: string[];
  rows: AlignmentRowModel[];
  links: number;
  illustrativeLinks: number;
  illustrative: boolean;
  withoutIllustrative: boolean;
}

/** The alignments a question counts: all of them, or (includeIllustrative false) the council's and analysts' only. */
export const counted = (alignments: AlignmentModel[], includeIllustrative: boolean) =>
  includeIllustrative ? alignments : alignments.filter((a) => !a.illustrative);

export function buildMatrix(outcomeKeys: string[], all: AlignmentModel[], includeIllustrative = true): AlignmentMatrixModel {
  const alignments = counted(all, includeIllustrative);
  const strategyKeys = [...new Set(alignments.map((a) => a.strategyKey))].sort();
  const rows = outcomeKeys.map((outcomeKey) => {
    const cells = strategyKeys.map((strategyKey) => {
      const inCell = alignments.filter((a) => a.outcomeKey === outcomeKey && a.strategyKey === strategyKey);
      return {
        strategyKey,
        links: inCell.length,
        illustrativeLinks: inCell.filter((a) => a.illustrative).length,
        primary: inCell.filter((a) => a.strength === 'PRIMARY').length,
        contributory: inCell.filter((a) => a.strength === 'CONTRIBUTORY').length,
        alignments: inCell,
        illustrative: inCell.some((a) => a.illustrative),
      };
    });
    return { outcomeKey, cells, links: cells.reduce((sum, c) => sum + c.links, 0), illustrativeLinks: cells.reduce((sum, c) => sum + c.illustrativeLinks, 0) };
  });
  const inRows = rows.flatMap((r) => r.cells.flatMap((c) => c.alignments));
  return {
    strategyKeys, rows, links: inRows.length, illustrativeLinks: inRows.filter((a) => a.illustrative).length,
    illustrative: inRows.some((a) => a.illustrative), withoutIllustrative: !includeIllustrative,
  };
}

export interface SharedGroundModel {
  target: AlignmentModel['target'];
  strategyKeys: string[];
  alignments: AlignmentModel[];
  illustrativeAlignments: number;
  illustrativeStrategies: number;
  illustrative: boolean;
}

export function sharedGround(all: AlignmentModel[], minStrategies: number, includeIllustrative = true): SharedGroundModel[] {
  const alignments = counted(all, includeIllustrative);
  const byTarget = new Map<string, AlignmentModel[]>();
  for (const a of alignments) byTarget.set(a.target.key, [...(byTarget.get(a.target.key) ?? []), a]);
  return [...byTarget.values()]
    .map((list) => {
      const strategyKeys = [...new Set(list.map((a) => a.strategyKey))].sort();
      const byOwnLinks = new Set(list.filter((a) => !a.illustrative).map((a) => a.strategyKey));
      return {
        target: list[0]!.target,
        strategyKeys,
        alignments: list,
        illustrativeAlignments: list.filter((a) => a.illustrative).length,
        illustrativeStrategies: strategyKeys.filter((k) => !byOwnLinks.has(k)).length,
        illustrative: list.some((a) => a.illustrative),
      };
    })
    .filter((s) => s.strategyKeys.length >= minStrategies)
    .sort((a, b) => b.strategyKeys.length - a.strategyKeys.length || a.target.key.localeCompare(b.target.key));
}
