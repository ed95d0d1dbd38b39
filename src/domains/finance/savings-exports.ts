/**
 * CSV exports of the finance views: builds the view, looks up the names a spreadsheet reader needs
 * (departments, outcomes, items) through the request's loaders, and writes the CSV (savings-csv.ts).
 */
import type { Loaders } from '../../context.js';
import type { ItemRef } from '../../shared/item-kinds.js';
import { loadItem } from '../nodes/load-item.js';
import type { EditionView, ItemSavingsView, SavingsImpactView } from './finance.views.js';
import { departmentsCsv, flowsCsv, impactCsv, itemSavingsCsv, linesCsv, outcomesCsv, progressCsv, statusesCsv, type NameOf } from './savings-csv.js';
import { departmentTotals, outcomeTotals, savingsFlows, savingsProgress, statusTotals, yearlyMoney } from './savings-edition.js';

export type SavingsViewName = 'LINES' | 'BY_OUTCOME' | 'BY_DEPARTMENT' | 'BY_STATUS' | 'UNMAPPED' | 'PROGRESS' | 'FLOWS';

/** Names of organisations and plan items by key; the key itself when nothing has a name. */
async function namesOf(refs: ItemRef[], loaders: Loaders): Promise<NameOf> {
  const names = new Map<string, string>();
  await Promise.all(refs.map(async (ref) => {
    const item = (await loadItem(ref, loaders)) as { name?: string; text?: string; title?: string } | null;
    names.set(ref.key, item?.name ?? item?.text ?? item?.title ?? ref.key);
  }));
  return (key) => (key === null ? '' : names.get(key) ?? key);
}

const departments = (keys: (string | null)[]): ItemRef[] =>
  [...new Set(keys.filter((k): k is string => !!k))].map((key) => ({ key, typeName: 'Organisation' }));

export async function editionCsv(edition: EditionView, view: SavingsViewName, loaders: Loaders): Promise<string> {
  const { years } = edition.totals;
  const lineDepartments = departments(edition.lines.map((l) => l.departmentKey));
  switch (view) {
    case 'LINES':
      return linesCsv(edition.lines, years, await namesOf(lineDepartments, loaders));
    case 'UNMAPPED':
      return linesCsv(edition.lines.filter((l) => l.shares.length === 0), years, await namesOf(lineDepartments, loaders));
    case 'BY_OUTCOME':
      return outcomesCsv(await outcomeTotals(edition, loaders), yearlyMoney(years, edition.totals.unapportioned, edition.illustrativeTotals.unapportioned),
        yearlyMoney(years, edition.totals.total, edition.illustrativeTotals.total));
    case 'BY_DEPARTMENT':
      return departmentsCsv(departmentTotals(edition), await namesOf(lineDepartments, loaders));
    case 'BY_STATUS':
      return statusesCsv(statusTotals(edition.lines, years));
    case 'PROGRESS':
      return progressCsv(await savingsProgress(edition, loaders));
    case 'FLOWS': {
      const flows = savingsFlows(edition);
      const outcomes: ItemRef[] = [...new Set(flows.map((f) => f.outcomeKey).filter((k): k is string => !!k))].map((key) => ({ key, typeName: 'Outcome' }));
      return flowsCsv(flows, await namesOf([...lineDepartments, ...outcomes], loaders));
    }
  }
}

export async function impactCsvOf(impact: SavingsImpactView, loaders: Loaders): Promise<string> {
  return impactCsv(impact, await namesOf(impact.items.map((i) => i.item), loaders));
}

export async function itemSavingsCsvOf(view: ItemSavingsView, loaders: Loaders): Promise<string> {
  return itemSavingsCsv(view, await namesOf(departments(view.lines.map((l) => l.line.departmentKey)), loaders));
}
