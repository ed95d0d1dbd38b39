/**
 * What savings lines touch, and the reverse, what touches an outcome. A share on an outcome reaches the
 * outcome and everything under it; a share on a sub-outcome reaches the sub-outcome, everything under it, and
 * the outcome above it. Money is counted only where shares fall (outcomes and sub-outcomes): an aim or action
 * under a share is reached, but no amount is invented for it.
 */
import type { Loaders } from '../../context.js';
import { found } from '../../shared/by-keys.js';
import type { ApportionmentModel, SavingsLineModel } from './finance.models.js';
import type { ApportionmentView, ImpactedItemView, ItemReachView, ItemSavingsView, SavingsImpactView } from './finance.views.js';
import { partsOfLine, yearsOf, type YearlyPence } from './savings-totals.js';
import { yearlyMoney } from './savings-edition.js';
import { naturalCompare } from '../../shared/natural-order.js';

const LEVEL: Record<string, number> = { Outcome: 0, SubOutcome: 1, Aim: 2, Action: 3 };

/** Each share of the line with the money it puts on its target, over the given years. */
export function apportionmentsOf(line: SavingsLineModel, years = yearsOf([line])): ApportionmentView[] {
  const parts = partsOfLine(line, years);
  return line.shares.map((share) => ({ line, share, amount: yearlyMoney(years, parts.byTarget.get(share.target.key), line.illustrative) }));
}

const addPence = (into: YearlyPence, from: readonly number[]) => from.forEach((p, i) => (into[i]! += p));

export async function savingsImpact(lines: SavingsLineModel[], loaders: Loaders): Promise<SavingsImpactView> {
  const years = yearsOf(lines);
  const through = lines.flatMap((line) => apportionmentsOf(line, years));
  const targets = [...new Set(through.map((a) => a.share.target.key))];
  const reached = await loaders.finance.itemsReachedFrom.loadMany(targets);
  const items = new Map<string, ImpactedItemView>();
  found(reached).forEach((rows, t) => {
    for (const row of rows) {
      const item = items.get(row.item.key) ?? { item: row.item, reach: [] as ItemReachView[], apportioned: null };
      items.set(row.item.key, item);
      for (const a of through.filter((x) => x.share.target.key === targets[t])) item.reach.push({ line: a.line, through: a, relation: row.relation });
    }
  });
  for (const item of items.values()) {
    if (item.item.typeName !== 'Outcome' && item.item.typeName !== 'SubOutcome') continue;
    const pence = years.map(() => 0);
    const illustrative = years.map(() => 0);
    const counted = (s: ApportionmentModel) => (item.item.typeName === 'Outcome' ? s.outcomeKey === item.item.key : s.target.key === item.item.key);
    for (const a of through) {
      if (!counted(a.share)) continue;
      addPence(pence, a.amount.pence);
      addPence(illustrative, a.amount.illustrativePence);
    }
    item.apportioned = yearlyMoney(years, pence, illustrative);
  }
  const total = years.map(() => 0);
  const illustrativeTotal = years.map(() => 0);
  for (const line of lines) {
    const amounts = years.map((y) => line.amounts.find((a) => a.year === y)?.pence ?? 0);
    addPence(total, amounts);
    if (line.illustrative) addPence(illustrativeTotal, amounts);
  }
  return {
    lines,
    total: yearlyMoney(years, total, illustrativeTotal),
    items: [...items.values()].sort((a, b) =>
      (LEVEL[a.item.typeName] ?? 9) - (LEVEL[b.item.typeName] ?? 9) || naturalCompare(a.item.key, b.item.key)),
  };
}

/**
 * The savings lines reaching an outcome or sub-outcome (optionally of one edition, optionally without the
 * illustrative ones), with the money on it and the illustrative part of that money.
 */
export async function savingsReaching(item: { key: string; typeName: 'Outcome' | 'SubOutcome'; outcomeKey?: string }, edition: string | null | undefined,
  loaders: Loaders, includeIllustrative = true): Promise<ItemSavingsView> {
  const keys = await loaders.finance.lineKeysReaching.load(item.key);
  const lines = found(await loaders.finance.lineByKey.loadMany(keys))
    .filter((l) => (!edition || l.editionKey === edition) && (includeIllustrative || !l.illustrative));
  const years = yearsOf(lines);
  const total = years.map(() => 0);
  const illustrativeTotal = years.map(() => 0);
  const rows = lines.map((line) => {
    const shares = apportionmentsOf(line, years);
    const reaching = shares.filter((a) => a.share.target.key === item.key || a.share.outcomeKey === item.key || a.share.target.key === item.outcomeKey);
    const counted = shares.filter((a) => (item.typeName === 'Outcome' ? a.share.outcomeKey === item.key : a.share.target.key === item.key));
    const pence = years.map(() => 0);
    for (const a of counted) addPence(pence, a.amount.pence);
    addPence(total, pence);
    if (line.illustrative) addPence(illustrativeTotal, pence);
    return { line, through: reaching, apportioned: yearlyMoney(years, pence, line.illustrative) };
  });
  return { item: { key: item.key, typeName: item.typeName }, lines: rows, apportioned: yearlyMoney(years, total, illustrativeTotal) };
}
