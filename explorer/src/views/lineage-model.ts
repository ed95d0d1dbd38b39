/**
 * The lineage answer reshaped for drawing: one column per plan, the items in the plan's order, and each step
 * once (every item's lineage repeats its neighbours' steps). A step to or from a whole plan (DROPPED, NEW)
 * ends at a placeholder in that plan's column.
 */
import type { LineageStepFieldsFragment, LineageViewQuery } from '../generated/graphql.js';
import type { Citation } from '../items.js';

/** A plan as the lineage view asks for it (LineageView in lineage.ts). */
type RawPlan = LineageViewQuery['plans'][number];
/** An end of a step as asked: an item, or a whole plan with its period. */
type Ref = LineageStepFieldsFragment['from'];

export interface Step { id: string; kind: string; basis: string; rationale: string; citation: Citation | null; from: string; to: string }

export interface LineageGraph {
  /** One per plan, by its period (its title where the papers give none), with its items' ids. */
  columns: { plan: string; period: string; organisedBy: string; ids: string[] }[];
  items: Map<string, { typename: string; label: string; period: string }>;
  steps: Step[];
  label(id: string): string;
  columnOf(id: string): string;
}

export function collectLineage(plans: RawPlan[]): LineageGraph {
  const items = new Map<string, { typename: string; label: string; period: string }>();
  const columns = plans.map((plan) => {
    const own = [...plan.themes, ...plan.outcomes];
    const period = plan.period ?? plan.title;
    for (const item of own) items.set(item.id, { typename: plan.themes.length ? 'Theme' : 'Outcome', label: `${item.code} ${item.name}`, period });
    return { plan: plan.id, period, organisedBy: plan.themes.length ? 'themes' : 'outcomes', ids: own.map((i) => i.id) };
  });
  const steps = new Map<string, Step>();
  for (const plan of plans) {
    for (const item of [...plan.themes, ...plan.outcomes]) {
      for (const raw of item.lineage) {
        const from = endOf(raw.from, 'NEW', items, columns);
        const to = endOf(raw.to, 'DROPPED', items, columns);
        if (!from || !to) continue; // an end outside the three plans (e.g. the 2017 outcomes framework)
        const id = `${from}|${raw.kind}|${to}`;
        if (!steps.has(id)) steps.set(id, { id, kind: raw.kind, basis: raw.basis, rationale: raw.rationale, citation: raw.citation, from, to });
      }
    }
  }
  return {
    columns, items, steps: [...steps.values()],
    label: (id) => items.get(id)?.label ?? id,
    columnOf: (id) => items.get(id)?.period ?? '',
  };
}

/** An end of a step: an item of a plan, or for a whole plan (DROPPED, NEW) a placeholder in its column. */
function endOf(ref: Ref, kind: string, items: LineageGraph['items'], columns: LineageGraph['columns']): string | null {
  if (ref.__typename !== 'StrategicPlan') return items.has(ref.id) ? ref.id : null;
  const column = columns.find((c) => c.plan === ref.id);
  if (!column) return null;
  const id = `${ref.id}-${kind}`;
  if (!items.has(id)) {
    items.set(id, { typename: 'StrategicPlan', label: kind === 'DROPPED' ? `(no successor in ${column.period})` : `(nothing before, in ${column.period})`, period: column.period });
    column.ids.push(id);
  }
  return id;
}
