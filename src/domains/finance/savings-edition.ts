/**
 * The finance team's views of one MTFS edition, built from its lines and their totals (savings-totals.ts):
 * by outcome, by department, by status, the department → outcome flows, and progress against the paper's
 * target figure. Plan items and figures come through the request's loaders.
 */
import type { Loaders } from '../../context.js';
import { found } from '../../shared/by-keys.js';
import { BadUserInputError } from '../../shared/errors.js';
import type { SavingsLineModel, SavingsStatus } from './finance.models.js';
import type {
  DepartmentSavingsTotalView, EditionView, OutcomeSavingsTotalView, SavingsFlowView, SavingsProgressView, StatusSavingsTotalView, YearlyMoneyView,
} from './finance.views.js';
import { NO_DEPARTMENT, sum, totalsOf, type YearlyPence } from './savings-totals.js';
import { naturalCompare } from '../../shared/natural-order.js';

export const STATUS_ORDER: SavingsStatus[] = ['DELIVERED', 'ON_TRACK', 'APPROVED', 'PROPOSED', 'AT_RISK', 'UNACHIEVABLE'];

/**
 * Amounts per year (zero where a year has none) for the API, with the part of them that comes from
 * illustrative lines: the illustrative pence per year, or `true` (all of it) / `false` (none) for one line's.
 */
export function yearlyMoney(years: string[], pence: YearlyPence | undefined, illustrative: YearlyPence | undefined | boolean): YearlyMoneyView {
  const amounts = pence ?? years.map(() => 0);
  const part = illustrative === true ? amounts : illustrative === false || illustrative === undefined ? years.map(() => 0) : illustrative;
  return { years, pence: amounts, illustrativePence: part };
}
const money = yearlyMoney;

/** The illustrative lines' totals over the same years (each total's illustrative part). */
const illustrativeTotalsOf = (lines: readonly SavingsLineModel[], years: string[]) => totalsOf(lines.filter((l) => l.illustrative), years);

/** The edition's lines and totals, or null when no document has the key; `includeIllustrative: false` leaves illustrative lines out. */
export async function loadEdition(loaders: Loaders, editionKey: string, includeIllustrative = true): Promise<EditionView | null> {
  // The lines' statement returns the edition's document too (and hands it to documentByKey), so asking
  // for the document after the lines costs no second statement.
  const all = await loaders.finance.linesOfEdition.load(editionKey);
  const lines = includeIllustrative ? all : all.filter((l) => !l.illustrative);
  const document = await loaders.documents.documentByKey.load(editionKey);
  if (!document) return null;
  if (document.kind !== 'FINANCIAL_STRATEGY') {
    throw new BadUserInputError('edition', `"${editionKey}" is a ${document.kind}, not an MTFS edition; use a FINANCIAL_STRATEGY document key such as mtfs-2017-21.`);
  }
  const totals = totalsOf(lines);
  return { editionKey, lines, totals, illustrativeTotals: illustrativeTotalsOf(lines, totals.years), withoutIllustrative: !includeIllustrative };
}

/** The lines with one of the statuses, of the department, mapped (a share at least) or not; an absent filter keeps all. */
export function filterLines(lines: readonly SavingsLineModel[], filter: { status?: readonly SavingsStatus[] | null; department?: string | null; mapped?: boolean | null }): SavingsLineModel[] {
  return lines.filter((l) => (!filter.status?.length || filter.status.includes(l.status)) && (!filter.department || l.departmentKey === filter.department) &&
    (filter.mapped === null || filter.mapped === undefined || (l.shares.length > 0) === filter.mapped));
}

export function statusTotals(lines: readonly SavingsLineModel[], years: string[]): StatusSavingsTotalView[] {
  const totals = totalsOf(lines, years);
  const illustrative = illustrativeTotalsOf(lines, years);
  return STATUS_ORDER.filter((status) => totals.byStatus.has(status)).map((status) => ({
    status, amount: money(years, totals.byStatus.get(status), illustrative.byStatus.get(status)), lines: lines.filter((l) => l.status === status).length,
  }));
}

export function departmentTotals(edition: EditionView): DepartmentSavingsTotalView[] {
  const { years } = edition.totals;
  return [...edition.totals.byDepartment.entries()]
    .sort(([a, pa], [b, pb]) => sum(pb) - sum(pa) || a.localeCompare(b))
    .map(([department, pence]) => {
      const lines = edition.lines.filter((l) => (l.departmentKey ?? NO_DEPARTMENT) === department);
      return {
        departmentKey: department || null, amount: money(years, pence, edition.illustrativeTotals.byDepartment.get(department)), lines: lines.length,
        byStatus: statusTotals(lines, years),
      };
    });
}

export function savingsFlows(edition: EditionView): SavingsFlowView[] {
  const { years } = edition.totals;
  return [...edition.totals.flows.entries()].flatMap(([department, targets]) =>
    [...targets.entries()]
      .filter(([, pence]) => pence.some((p) => p !== 0))
      .map(([outcome, pence]) => ({
        departmentKey: department || null, outcomeKey: outcome || null, amount: money(years, pence, edition.illustrativeTotals.flows.get(department)?.get(outcome)),
      })),
  ).sort((a, b) => (a.departmentKey ?? '').localeCompare(b.departmentKey ?? '') || naturalCompare((a.outcomeKey ?? '~'), b.outcomeKey ?? '~'));
}

/** Every outcome of the plans the edition's shares reach (or of `plan`), with its sub-outcomes, zero where nothing falls. */
export async function outcomeTotals(edition: EditionView, loaders: Loaders, plan?: string | null): Promise<OutcomeSavingsTotalView[]> {
  const { years, byOutcome, direct } = edition.totals;
  const illustrative = edition.illustrativeTotals;
  const planKeys = plan ? [plan] : [...new Set(edition.lines.flatMap((l) => l.shares.map((s) => s.planKey)).filter(Boolean))].sort();
  const outcomes = found(await loaders.plans.outcomesOfPlan.loadMany(planKeys)).flat();
  const subs = found(await loaders.plans.subOutcomesOfOutcome.loadMany(outcomes.map((o) => o.key)));
  const linesOn = (match: (s: SavingsLineModel['shares'][number]) => boolean) => edition.lines.filter((l) => l.shares.some(match)).length;
  return outcomes.map((outcome, i) => ({
    outcome,
    amount: money(years, byOutcome.get(outcome.key), illustrative.byOutcome.get(outcome.key)),
    direct: money(years, direct.get(outcome.key), illustrative.direct.get(outcome.key)),
    lines: linesOn((s) => s.outcomeKey === outcome.key),
    subOutcomes: subs[i]!.map((subOutcome) => ({
      subOutcome, amount: money(years, direct.get(subOutcome.key), illustrative.direct.get(subOutcome.key)), lines: linesOn((s) => s.target.key === subOutcome.key),
    })),
  }));
}

export async function savingsProgress(edition: EditionView, loaders: Loaders): Promise<SavingsProgressView> {
  const figures = await loaders.finance.figuresOfDocument.load(edition.editionKey);
  const target = figures.find((f) => f.kind === 'SAVINGS_REQUIRED' || f.kind === 'SAVINGS_TARGET') ?? null;
  const byStatus = (...statuses: SavingsStatus[]) => statuses.reduce((s, status) => s + sum(edition.totals.byStatus.get(status) ?? []), 0);
  const identified = sum(edition.totals.total);
  const unachievable = byStatus('UNACHIEVABLE');
  const delivered = byStatus('DELIVERED');
  const achievable = identified - unachievable;
  return {
    target,
    includedCostPressures: figures.filter((f) => f.kind === 'COST_PRESSURE' && (!target || f.partOfKey === target.key)),
    identified, delivered, onTrack: byStatus('ON_TRACK'), atRisk: byStatus('AT_RISK'), notStarted: byStatus('PROPOSED', 'APPROVED'), unachievable, achievable,
    gapToTarget: target ? target.pence - achievable : null,
    // Two decimals, computed on integers so it never shows a floating-point tail.
    deliveredPercentOfTarget: target && target.pence > 0 ? Math.round((delivered * 10000) / target.pence) / 100 : null,
    illustrativeIdentified: sum(edition.illustrativeTotals.total),
    illustrative: edition.lines.some((l) => l.illustrative),
  };
}

