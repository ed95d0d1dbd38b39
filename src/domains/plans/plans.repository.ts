/**
 * Cypher for Strategic Plans and their trees: outcomes, sub-outcomes, aims, actions, themes, principles.
 * Each function is one parameterised statement over many keys at once (the loaders batch into them);
 * retired items are left out. Rows become models at once, through plans.records.ts.
 */
import type { Executor } from '../../neo4j/database.js';
import type { ActionModel, AimModel, OutcomeModel, PlanModel, StatementModel, SubOutcomeModel, SubThemeModel, ThemeModel } from './plans.models.js';
import { ACTION_PLACE_FIELDS, STATEMENT_LINK_TYPES, actionFromRow, toAim, toOutcome, toPlan, toStatement, toSubOutcome, toSubTheme, toTheme, type ActionRow, type StatementLink } from './plans.records.js';
import type { Stored } from '../provenance/provenance.models.js';

/** Plans by key (a plan's key is its period for the seed data's council, `<council prefix>-<period>` for others). */
export async function findPlansByKeys(db: Executor, keys: readonly string[]): Promise<PlanModel[]> {
  const rows = await db.read<{ p: Stored }>(
    'plans.byKeys',
    'MATCH (p:StrategicPlan) WHERE p.key IN $keys AND p.retiredAt IS NULL RETURN properties(p) AS p',
    { keys },
  );
  return rows.map((r) => toPlan(r.p));
}

/**
 * Outcomes of plans (or of the 2017 outcomes framework), in the plan's order, each with its live
 * sub-outcomes in order: asking for a plan's outcomes nearly always asks for their sub-outcomes next, and
 * they cost little here, so the loader hands them on (one statement and round trip fewer for every tree).
 */
export async function findOutcomesOfPlans(db: Executor, planKeys: readonly string[]): Promise<{ outcome: OutcomeModel; subOutcomes: SubOutcomeModel[] }[]> {
  const rows = await db.read<{ planKey: string; o: Stored; subs: Stored[] }>(
    'plans.outcomesOfPlans',
    `MATCH (p:Document)-[:HAS_OUTCOME]->(o:Outcome)
     WHERE p.key IN $keys AND o.retiredAt IS NULL
     WITH p, o ORDER BY o.order
     RETURN p.key AS planKey, properties(o) AS o,
            [x IN COLLECT { MATCH (o)-[:HAS_SUB_OUTCOME]->(s:SubOutcome) WHERE s.retiredAt IS NULL RETURN s ORDER BY s.order } | properties(x)] AS subs`,
    { keys: planKeys },
  );
  return rows.map((r) => ({ outcome: toOutcome(r.planKey, r.o), subOutcomes: r.subs.map((sub) => toSubOutcome(String(r.o.key), sub)) }));
}

export async function findOutcomesByKeys(db: Executor, keys: readonly string[]): Promise<OutcomeModel[]> {
  const rows = await db.read<{ planKey: string; o: Stored }>(
    'plans.outcomesByKeys',
    'MATCH (p:Document)-[:HAS_OUTCOME]->(o:Outcome) WHERE o.key IN $keys RETURN p.key AS planKey, properties(o) AS o',
    { keys },
  );
  return rows.map((r) => toOutcome(r.planKey, r.o));
}

export async function findSubOutcomesOfOutcomes(db: Executor, outcomeKeys: readonly string[]): Promise<SubOutcomeModel[]> {
  const rows = await db.read<{ outcomeKey: string; s: Stored }>(
    'plans.subOutcomesOfOutcomes',
    `MATCH (o:Outcome)-[:HAS_SUB_OUTCOME]->(s:SubOutcome)
     WHERE o.key IN $keys AND s.retiredAt IS NULL
     WITH o, s ORDER BY s.order
     RETURN o.key AS outcomeKey, properties(s) AS s`,
    { keys: outcomeKeys },
  );
  return rows.map((r) => toSubOutcome(r.outcomeKey, r.s));
}

export async function findSubOutcomesByKeys(db: Executor, keys: readonly string[]): Promise<SubOutcomeModel[]> {
  const rows = await db.read<{ outcomeKey: string; s: Stored }>(
    'plans.subOutcomesByKeys',
    'MATCH (o:Outcome)-[:HAS_SUB_OUTCOME]->(s:SubOutcome) WHERE s.key IN $keys RETURN o.key AS outcomeKey, properties(s) AS s',
    { keys },
  );
  return rows.map((r) => toSubOutcome(r.outcomeKey, r.s));
}

export async function findAimsOfSubOutcomes(db: Executor, subOutcomeKeys: readonly string[]): Promise<AimModel[]> {
  const rows = await db.read<{ subOutcomeKey: string; a: Stored }>(
    'plans.aimsOfSubOutcomes',
    `MATCH (s:SubOutcome)-[:HAS_AIM]->(a:Aim)
     WHERE s.key IN $keys AND a.retiredAt IS NULL
     WITH s, a ORDER BY a.order
     RETURN s.key AS subOutcomeKey, properties(a) AS a`,
    { keys: subOutcomeKeys },
  );
  return rows.map((r) => toAim(r.subOutcomeKey, r.a));
}

export async function findAimsByKeys(db: Executor, keys: readonly string[]): Promise<AimModel[]> {
  const rows = await db.read<{ subOutcomeKey: string; a: Stored }>(
    'plans.aimsByKeys',
    'MATCH (s:SubOutcome)-[:HAS_AIM]->(a:Aim) WHERE a.key IN $keys RETURN s.key AS subOutcomeKey, properties(a) AS a',
    { keys },
  );
  return rows.map((r) => toAim(r.subOutcomeKey, r.a));
}

/**
 * Where an action sits and who owns it, as single values (pattern comprehensions, not OPTIONAL MATCHes, so
 * that an action never comes back twice), for every statement that returns actions as `a`.
 */
/** Actions listed under aims, in the aim's order. */
export async function findActionsOfAims(db: Executor, aimKeys: readonly string[]): Promise<ActionModel[]> {
  const rows = await db.read<ActionRow>(
    'plans.actionsOfAims',
    `MATCH (aim:Aim)-[:HAS_ACTION]->(a:Action) WHERE aim.key IN $keys AND a.retiredAt IS NULL
     RETURN properties(a) AS a, ${ACTION_PLACE_FIELDS} ORDER BY a.order`,
    { keys: aimKeys },
  );
  return rows.map(actionFromRow);
}

export async function findActionsByKeys(db: Executor, keys: readonly string[]): Promise<ActionModel[]> {
  const rows = await db.read<ActionRow>(
    'plans.actionsByKeys',
    `MATCH (a:Action) WHERE a.key IN $keys
     RETURN properties(a) AS a, ${ACTION_PLACE_FIELDS}`,
    { keys },
  );
  return rows.map(actionFromRow);
}

const THEME_WITH_SUB_THEMES = `
     RETURN p.key AS planKey, properties(t) AS t,
            [x IN COLLECT { MATCH (t)-[:HAS_SUB_THEME]->(s:SubTheme) WHERE s.retiredAt IS NULL RETURN s ORDER BY s.order } | properties(x)] AS subs
     ORDER BY t.order`;

export async function findThemesOfPlans(db: Executor, planKeys: readonly string[]): Promise<ThemeModel[]> {
  const rows = await db.read<{ planKey: string; t: Stored; subs: Stored[] }>(
    'plans.themesOfPlans',
    `MATCH (p:StrategicPlan)-[:HAS_THEME]->(t:Theme) WHERE p.key IN $keys AND t.retiredAt IS NULL ${THEME_WITH_SUB_THEMES}`,
    { keys: planKeys },
  );
  return rows.map((r) => toTheme(r.planKey, r.t, r.subs));
}

export async function findThemesByKeys(db: Executor, keys: readonly string[]): Promise<ThemeModel[]> {
  const rows = await db.read<{ planKey: string; t: Stored; subs: Stored[] }>(
    'plans.themesByKeys',
    `MATCH (p:StrategicPlan)-[:HAS_THEME]->(t:Theme) WHERE t.key IN $keys ${THEME_WITH_SUB_THEMES}`,
    { keys },
  );
  return rows.map((r) => toTheme(r.planKey, r.t, r.subs));
}

/** Principles, approach priorities, objectives, sections and components of documents, in each document's order. */
export async function findStatementsOfDocuments(db: Executor, documentKeys: readonly string[]): Promise<StatementModel[]> {
  const rows = await db.read<{ documentKey: string; link: StatementLink; s: Stored }>(
    'plans.statementsOfDocuments',
    `MATCH (d:Document)-[r:${STATEMENT_LINK_TYPES}]->(s) WHERE d.key IN $keys AND s.retiredAt IS NULL
     WITH d, s, type(r) AS link
     ORDER BY link, s.order
     RETURN d.key AS documentKey, link, properties(s) AS s`,
    { keys: documentKeys },
  );
  return rows.map((r) => toStatement(r.link, r.documentKey, r.s));
}

export async function findSubThemesByKeys(db: Executor, keys: readonly string[]): Promise<SubThemeModel[]> {
  const rows = await db.read<{ themeKey: string; s: Stored }>(
    'plans.subThemesByKeys',
    'MATCH (t:Theme)-[:HAS_SUB_THEME]->(s:SubTheme) WHERE s.key IN $keys RETURN t.key AS themeKey, properties(s) AS s',
    { keys },
  );
  return rows.map((r) => toSubTheme(r.themeKey, r.s));
}

export async function findStatementsByKeys(db: Executor, keys: readonly string[]): Promise<StatementModel[]> {
  const rows = await db.read<{ documentKey: string; link: StatementLink; s: Stored }>(
    'plans.statementsByKeys',
    `MATCH (d:Document)-[r:${STATEMENT_LINK_TYPES}]->(s) WHERE s.key IN $keys
     RETURN d.key AS documentKey, type(r) AS link, properties(s) AS s`,
    { keys },
  );
  return rows.map((r) => toStatement(r.link, r.documentKey, r.s));
}

/** Actions that name each document as the way they are delivered. */
export async function findDeliveryDocumentsOfActions(db: Executor, actionKeys: readonly string[]): Promise<{ actionKey: string; documentKey: string }[]> {
  return db.read<{ actionKey: string; documentKey: string }>(
    'plans.deliveryDocumentsOfActions',
    // The hint keeps the planner from scanning every DELIVERED_THROUGH link when there are few of them and many keys.
    `MATCH (a:Action) USING INDEX a:Action(key) WHERE a.key IN $keys
     MATCH (a)-[r:DELIVERED_THROUGH]->(d:Document) WHERE r.retiredAt IS NULL
     RETURN a.key AS actionKey, d.key AS documentKey ORDER BY d.title`,
    { keys: actionKeys },
  );
}
