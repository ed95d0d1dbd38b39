/**
 * Cypher for Strategic Plans, outcomes, sub-outcomes and themes. Each function is one parameterised
 * statement over many keys at once (the loaders batch into them); retired items are left out.
 */
import type { Database, QueryCounter } from '../../neo4j/database.js';
import { citationOf, type StoredCitation } from '../provenance/provenance.models.js';
import type { OutcomeModel, PlanModel, SubOutcomeModel, ThemeModel } from './plans.models.js';

type Props<T> = StoredCitation & { [K in keyof T]?: T[K] | null };

function toPlan(p: Props<PlanModel>): PlanModel {
  return { key: p.key!, title: p.title!, period: p.period!, status: p.status ?? 'unknown', vision: p.vision ?? null, citation: citationOf(p) };
}

export async function findAllPlans(db: Database, counter?: QueryCounter): Promise<PlanModel[]> {
  const rows = await db.read<{ p: Props<PlanModel> }>(
    'plans.all',
    `MATCH (p:StrategicPlan) WHERE p.retiredAt IS NULL RETURN p {.*} AS p ORDER BY p.period`,
    {},
    counter,
  );
  return rows.map((r) => toPlan(r.p));
}

/** Plans by period or by key (for plans the key is the period). */
export async function findPlansByPeriods(db: Database, periods: readonly string[], counter?: QueryCounter): Promise<PlanModel[]> {
  const rows = await db.read<{ p: Props<PlanModel> }>(
    'plans.byPeriods',
    `MATCH (p:StrategicPlan) WHERE p.period IN $periods AND p.retiredAt IS NULL RETURN p {.*} AS p`,
    { periods },
    counter,
  );
  return rows.map((r) => toPlan(r.p));
}

const outcomeFields = `{.key, .code, .name, .statement, .codeBasis, .citationSource, .citationAt, .citationQuote, .citationLine}`;

function toOutcome(planKey: string, o: Props<OutcomeModel>): OutcomeModel {
  return {
    key: o.key!, planKey, code: o.code!, name: o.name!, statement: o.statement ?? null, codeBasis: o.codeBasis ?? null, citation: citationOf(o),
  };
}

export async function findOutcomesOfPlans(db: Database, planKeys: readonly string[], counter?: QueryCounter): Promise<OutcomeModel[]> {
  const rows = await db.read<{ planKey: string; o: Props<OutcomeModel> }>(
    'plans.outcomesOfPlans',
    `MATCH (p:StrategicPlan)-[:HAS_OUTCOME]->(o:Outcome)
     WHERE p.key IN $keys AND o.retiredAt IS NULL
     WITH p, o ORDER BY o.order
     RETURN p.key AS planKey, o ${outcomeFields} AS o`,
    { keys: planKeys },
    counter,
  );
  return rows.map((r) => toOutcome(r.planKey, r.o));
}

export async function findOutcomesByKeys(db: Database, keys: readonly string[], counter?: QueryCounter): Promise<OutcomeModel[]> {
  const rows = await db.read<{ planKey: string; o: Props<OutcomeModel> }>(
    'plans.outcomesByKeys',
    `MATCH (p:StrategicPlan)-[:HAS_OUTCOME]->(o:Outcome) WHERE o.key IN $keys
     RETURN p.key AS planKey, o ${outcomeFields} AS o`,
    { keys },
    counter,
  );
  return rows.map((r) => toOutcome(r.planKey, r.o));
}

export async function findSubOutcomesOfOutcomes(db: Database, outcomeKeys: readonly string[], counter?: QueryCounter): Promise<SubOutcomeModel[]> {
  const rows = await db.read<{ outcomeKey: string; s: Props<SubOutcomeModel> }>(
    'plans.subOutcomesOfOutcomes',
    `MATCH (o:Outcome)-[:HAS_SUB_OUTCOME]->(s:SubOutcome)
     WHERE o.key IN $keys AND s.retiredAt IS NULL
     WITH o, s ORDER BY s.order
     RETURN o.key AS outcomeKey, s {.key, .code, .name, .codeBasis, .citationSource, .citationAt, .citationQuote, .citationLine} AS s`,
    { keys: outcomeKeys },
    counter,
  );
  return rows.map((r) => ({
    key: r.s.key!, outcomeKey: r.outcomeKey, code: r.s.code!, name: r.s.name!, codeBasis: r.s.codeBasis ?? null, citation: citationOf(r.s),
  }));
}

type ThemeRow = { planKey: string; t: Props<ThemeModel>; subs: (StoredCitation & { code: string; name: string; priorityCount: number })[] };

function toTheme(r: ThemeRow): ThemeModel {
  return {
    key: r.t.key!, planKey: r.planKey, code: r.t.code!, name: r.t.name!, priorityCount: r.t.priorityCount ?? 0, note: r.t.note ?? null,
    citation: citationOf(r.t),
    subThemes: r.subs.map((s) => ({ code: s.code, name: s.name, priorityCount: s.priorityCount, citation: citationOf(s) })),
  };
}

const themeWithSubThemes = `OPTIONAL MATCH (t)-[:HAS_SUB_THEME]->(s:SubTheme) WHERE s.retiredAt IS NULL
     WITH p, t, s ORDER BY t.order, s.order
     RETURN p.key AS planKey, t {.*} AS t, [x IN collect(s) | x {.*}] AS subs`;

export async function findThemesOfPlans(db: Database, planKeys: readonly string[], counter?: QueryCounter): Promise<ThemeModel[]> {
  const rows = await db.read<ThemeRow>(
    'plans.themesOfPlans',
    `MATCH (p:StrategicPlan)-[:HAS_THEME]->(t:Theme) WHERE p.key IN $keys AND t.retiredAt IS NULL
     ${themeWithSubThemes}`,
    { keys: planKeys },
    counter,
  );
  return rows.map(toTheme);
}

export async function findThemesByKeys(db: Database, keys: readonly string[], counter?: QueryCounter): Promise<ThemeModel[]> {
  const rows = await db.read<ThemeRow>(
    'plans.themesByKeys',
    `MATCH (p:StrategicPlan)-[:HAS_THEME]->(t:Theme) WHERE t.key IN $keys
     ${themeWithSubThemes}`,
    { keys },
    counter,
  );
  return rows.map(toTheme);
}

export async function findSubOutcomesByKeys(db: Database, keys: readonly string[], counter?: QueryCounter): Promise<SubOutcomeModel[]> {
  const rows = await db.read<{ outcomeKey: string; s: Props<SubOutcomeModel> }>(
    'plans.subOutcomesByKeys',
    `MATCH (o:Outcome)-[:HAS_SUB_OUTCOME]->(s:SubOutcome) WHERE s.key IN $keys
     RETURN o.key AS outcomeKey, s {.key, .code, .name, .codeBasis, .citationSource, .citationAt, .citationQuote, .citationLine} AS s`,
    { keys },
    counter,
  );
  return rows.map((r) => ({
    key: r.s.key!, outcomeKey: r.outcomeKey, code: r.s.code!, name: r.s.name!, codeBasis: r.s.codeBasis ?? null, citation: citationOf(r.s),
  }));
}

export interface ItemReference {
  plan: string;
  ref: string;
}

/** Canonical form for look-ups by wording: case, surrounding quotes, trailing punctuation and spacing aside. */
export function lookupForm(text: string): string {
  return text.trim().replace(/^['"‘’]+|['"‘’;.]+$/g, '').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Sub-outcomes by plan period and a reference that may be the code, the name, or any recorded alias (a
 * variant wording or a typo'd section number), so that every wording found in the papers finds the record.
 */
export async function findSubOutcomesByReference(db: Database, refs: readonly ItemReference[], counter?: QueryCounter): Promise<(SubOutcomeModel & { ref: number })[]> {
  const rows = await db.read<{ ref: number; outcomeKey: string; s: Props<SubOutcomeModel> }>(
    'plans.subOutcomesByReference',
    `UNWIND $refs AS ref
     MATCH (p:StrategicPlan {period: ref.plan})-[:HAS_OUTCOME]->(o:Outcome)-[:HAS_SUB_OUTCOME]->(s:SubOutcome)
     WHERE s.retiredAt IS NULL AND (s.code = ref.text OR toLower(s.name) = ref.lower
       OR EXISTS { MATCH (a:Alias)-[:ALIAS_OF]->(s) WHERE a.text = ref.text OR toLower(a.text) = ref.lower })
     RETURN ref.index AS ref, o.key AS outcomeKey, s {.key, .code, .name, .codeBasis, .citationSource, .citationAt, .citationQuote, .citationLine} AS s`,
    { refs: refs.map((r, index) => ({ index, plan: r.plan.trim(), text: r.ref.trim(), lower: lookupForm(r.ref) })) },
    counter,
  );
  return rows.map((r) => ({
    ref: r.ref, key: r.s.key!, outcomeKey: r.outcomeKey, code: r.s.code!, name: r.s.name!, codeBasis: r.s.codeBasis ?? null, citation: citationOf(r.s),
  }));
}

/** Outcomes by plan period and code, name or alias. */
export async function findOutcomesByReference(db: Database, refs: readonly ItemReference[], counter?: QueryCounter): Promise<(OutcomeModel & { ref: number })[]> {
  const rows = await db.read<{ ref: number; planKey: string; o: Props<OutcomeModel> }>(
    'plans.outcomesByReference',
    `UNWIND $refs AS ref
     MATCH (p:StrategicPlan {period: ref.plan})-[:HAS_OUTCOME]->(o:Outcome)
     WHERE o.retiredAt IS NULL AND (o.code = ref.text OR toLower(o.name) = ref.lower
       OR EXISTS { MATCH (a:Alias)-[:ALIAS_OF]->(o) WHERE a.text = ref.text OR toLower(a.text) = ref.lower })
     RETURN ref.index AS ref, p.key AS planKey, o ${outcomeFields} AS o`,
    { refs: refs.map((r, index) => ({ index, plan: r.plan.trim(), text: r.ref.trim(), lower: lookupForm(r.ref) })) },
    counter,
  );
  return rows.map((r) => ({ ref: r.ref, ...toOutcome(r.planKey, r.o) }));
}
