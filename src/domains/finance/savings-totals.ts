/**
 * Totals of an MTFS edition's savings lines, built from each line-year's apportioned parts (apportionment.ts),
 * so that for every year and overall: the outcomes' totals + unapportioned = the edition's total, exactly.
 * An outcome's total is the parts on the outcome itself plus the parts on its sub-outcomes.
 */
import { apportion } from './apportionment.js';
import type { SavingsLineModel, SavingsStatus } from './finance.models.js';

/** Pence per year, aligned with the edition's years. */
export type YearlyPence = number[];

export interface LineParts {
  /** Pence per year on each target of the line's shares. */
  byTarget: Map<string, YearlyPence>;
  unapportioned: YearlyPence;
}

export interface EditionTotals {
  years: string[];
  total: YearlyPence;
  unapportioned: YearlyPence;
  /** Parts on each outcome or sub-outcome itself. */
  direct: Map<string, YearlyPence>;
  /** Each outcome: its own parts plus its sub-outcomes'. */
  byOutcome: Map<string, YearlyPence>;
  byDepartment: Map<string, YearlyPence>;
  byStatus: Map<SavingsStatus, YearlyPence>;
  /** Department → outcome ('' = unapportioned), the Sankey's links. */
  flows: Map<string, Map<string, YearlyPence>>;
  parts: Map<string, LineParts>;
}

export const NO_DEPARTMENT = '';

const zeros = (n: number) => new Array<number>(n).fill(0);
const addInto = (map: Map<string, YearlyPence>, key: string, index: number, pence: number, width: number) => {
  let row = map.get(key);
  if (!row) map.set(key, (row = zeros(width)));
  row[index]! += pence;
};

/** The financial years of a set of lines, in order (2017/18 sorts before 2018/19 as text). */
export function yearsOf(lines: readonly { amounts: { year: string }[] }[]): string[] {
  return [...new Set(lines.flatMap((l) => l.amounts.map((a) => a.year)))].sort();
}

export function partsOfLine(line: SavingsLineModel, years: string[]): LineParts {
  const byTarget = new Map<string, YearlyPence>();
  const unapportioned = zeros(years.length);
  const shares = line.shares.map((s) => ({ targetKey: s.target.key, basisPoints: s.basisPoints }));
  line.amounts.forEach(({ year, pence }) => {
    const index = years.indexOf(year);
    const split = apportion(pence, shares);
    unapportioned[index]! += split.unapportioned;
    for (const [target, part] of split.byTarget) addInto(byTarget, target, index, part, years.length);
  });
  return { byTarget, unapportioned };
}

export function totalsOf(lines: readonly SavingsLineModel[], years = yearsOf(lines)): EditionTotals {
  const width = years.length;
  const totals: EditionTotals = {
    years, total: zeros(width), unapportioned: zeros(width), direct: new Map(), byOutcome: new Map(),
    byDepartment: new Map(), byStatus: new Map(), flows: new Map(), parts: new Map(),
  };
  for (const line of lines) {
    const parts = partsOfLine(line, years);
    totals.parts.set(line.key, parts);
    const department = line.departmentKey ?? NO_DEPARTMENT;
    const flows = totals.flows.get(department) ?? new Map<string, YearlyPence>();
    totals.flows.set(department, flows);
    for (const { year, pence } of line.amounts) {
      const i = years.indexOf(year);
      totals.total[i]! += pence;
      addInto(totals.byDepartment, department, i, pence, width);
      addInto(totals.byStatus as Map<string, YearlyPence>, line.status, i, pence, width);
    }
    parts.unapportioned.forEach((pence, i) => {
      totals.unapportioned[i]! += pence;
      addInto(flows, '', i, pence, width);
    });
    for (const share of line.shares) {
      parts.byTarget.get(share.target.key)!.forEach((pence, i) => {
        addInto(totals.direct, share.target.key, i, pence, width);
        addInto(totals.byOutcome, share.outcomeKey, i, pence, width);
        addInto(flows, share.outcomeKey, i, pence, width);
      });
    }
  }
  return totals;
}

export const sum = (pence: YearlyPence) => pence.reduce((s, p) => s + p, 0);

/** What a line's shares leave uncovered, in basis points (10000 for an unmapped line). */
export const unapportionedBasisPoints = (line: SavingsLineModel) => 10000 - line.shares.reduce((s, x) => s + x.basisPoints, 0);
