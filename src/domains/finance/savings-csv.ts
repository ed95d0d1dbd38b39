/**
 * The finance views as CSV for a spreadsheet (csv-stringify): amounts in pounds as exact decimals (pence
 * shown), one column per financial year and a total. The LINES view is the `savings-lines` import format
 * (amounts in £000), so finance can export, edit and import again. Cells follow the project's one escaping
 * rule (shared/spreadsheet-cells.ts): formula-like text gets a leading apostrophe, which the importer removes;
 * amounts, negative ones too, stay numbers.
 */
import { stringify } from 'csv-stringify/sync';
import { spreadsheetCell } from '../../shared/spreadsheet-cells.js';
import type { SavingsLineModel } from './finance.models.js';
import type {
  DepartmentSavingsTotalView, ItemSavingsView, OutcomeSavingsTotalView, SavingsFlowView, SavingsImpactView, SavingsProgressView, StatusSavingsTotalView, YearlyMoneyView,
} from './finance.views.js';
import { percentOf, poundsText, thousandsText } from './money.js';
import { sum } from './savings-totals.js';

export type NameOf = (key: string | null) => string;

const amounts = (m: YearlyMoneyView) => [...m.pence.map(poundsText), poundsText(sum(m.pence))];
const csv = (columns: string[], rows: (string | number)[][]) => stringify(rows.map((r) => r.map(spreadsheetCell)), { header: true, columns });
const illustrativeCell = (flag: boolean) => (flag ? 'yes' : 'no');

/** `affects` as the import reads it: "2018-22/WO.5 70%; 2018-22/KPS.1 30%". */
export const affectsText = (line: SavingsLineModel) => line.shares.map((s) => `${s.target.key} ${percentOf(s.basisPoints)}%`).join('; ');

export function linesCsv(lines: readonly SavingsLineModel[], years: string[], name: NameOf): string {
  return csv(
    ['edition', 'reference', 'department', 'description', 'status', ...years, 'affects', 'illustrative'],
    lines.map((l) => [l.editionKey, l.reference, name(l.departmentKey), l.description, l.statusAsWritten ?? l.status.toLowerCase().replace('_', ' '),
      ...years.map((y) => thousandsText(l.amounts.find((a) => a.year === y)?.pence ?? 0)), affectsText(l), illustrativeCell(l.illustrative)]),
  );
}

export function outcomesCsv(rows: OutcomeSavingsTotalView[], unapportioned: YearlyMoneyView, total: YearlyMoneyView): string {
  const body: (string | number)[][] = [];
  for (const o of rows) {
    body.push(['outcome', o.outcome.key, o.outcome.name, o.lines, ...amounts(o.amount)]);
    for (const s of o.subOutcomes) body.push(['sub-outcome', s.subOutcome.key, s.subOutcome.name, s.lines, ...amounts(s.amount)]);
  }
  body.push(['unapportioned', '', 'Not apportioned to any outcome', '', ...amounts(unapportioned)]);
  body.push(['total', '', 'All savings lines (outcomes + unapportioned)', '', ...amounts(total)]);
  return csv(['level', 'key', 'name', 'lines', ...total.years.map((y) => `${y} (£)`), 'total (£)'], body);
}

export function departmentsCsv(rows: DepartmentSavingsTotalView[], name: NameOf): string {
  const years = rows[0]?.amount.years ?? [];
  return csv(['department', 'lines', ...years.map((y) => `${y} (£)`), 'total (£)'], rows.map((d) => [name(d.departmentKey), d.lines, ...amounts(d.amount)]));
}

export function statusesCsv(rows: StatusSavingsTotalView[]): string {
  const years = rows[0]?.amount.years ?? [];
  return csv(['status', 'lines', ...years.map((y) => `${y} (£)`), 'total (£)'], rows.map((s) => [s.status.toLowerCase().replace('_', ' '), s.lines, ...amounts(s.amount)]));
}

export function flowsCsv(rows: SavingsFlowView[], name: NameOf): string {
  const years = rows[0]?.amount.years ?? [];
  return csv(['department', 'outcome', ...years.map((y) => `${y} (£)`), 'total (£)'],
    rows.map((f) => [name(f.departmentKey), f.outcomeKey ? name(f.outcomeKey) : 'unapportioned', ...amounts(f.amount)]));
}

export function progressCsv(p: SavingsProgressView): string {
  const row = (measure: string, pence: number | null, note = '') => [measure, pence === null ? '' : poundsText(pence), note];
  return csv(['measure', 'amount (£)', 'note'], [
    row('target', p.target?.pence ?? null, p.target ? `${p.target.description} (${p.target.citation?.sourceKey ?? ''}, ${p.target.citation?.at ?? ''})` : 'no target figure in the papers'),
    ...p.includedCostPressures.map((f) => row('of which cost pressures', f.pence, f.description)),
    row('identified', p.identified, p.illustrative ? 'illustrative savings lines' : ''),
    row('delivered', p.delivered), row('on track', p.onTrack), row('at risk', p.atRisk), row('not started', p.notStarted),
    row('unachievable', p.unachievable), row('achievable', p.achievable), row('gap to target', p.gapToTarget),
  ]);
}

export function impactCsv(impact: SavingsImpactView, name: NameOf): string {
  const years = impact.total.years;
  return csv(['item type', 'item', 'name', 'line', 'relation', 'share %', ...years.map((y) => `${y} line part (£)`), 'illustrative'],
    impact.items.flatMap((i) => i.reach.map((r) => [i.item.typeName, i.item.key, name(i.item.key), r.line.key, r.relation.toLowerCase(),
      percentOf(r.through.share.basisPoints), ...r.through.amount.pence.map(poundsText), illustrativeCell(r.line.illustrative)])));
}

export function itemSavingsCsv(view: ItemSavingsView, name: NameOf): string {
  const years = view.apportioned.years;
  return csv(['line', 'department', 'description', 'status', 'shares', ...years.map((y) => `${y} apportioned (£)`), 'total apportioned (£)', 'illustrative'],
    view.lines.map((l) => [l.line.key, name(l.line.departmentKey), l.line.description, l.line.status.toLowerCase().replace('_', ' '),
      l.through.map((t) => `${t.share.target.key} ${percentOf(t.share.basisPoints)}%`).join('; '), ...amounts(l.apportioned), illustrativeCell(l.line.illustrative)]));
}
