/**
 * Look-ups of plans, outcomes and sub-outcomes by the words a question uses, per council: a plan by its key
 * or by its period in any wording (plan-period.ts), within the council asked (or the default council); an
 * outcome or sub-outcome of that plan by any name it goes by (item-wording.ts). One statement per kind of
 * look-up for every reference of a request; each row also says which councils the words named, so the
 * loaders can refuse an unknown or ambiguous council (council-scope.ts) instead of answering null.
 */
import type { Executor } from '../../neo4j/database.js';
import { councilsNamedBy } from '../councils/council-reference.js';
import { explicitCouncil, type CouncilScope, defaultCouncilParam } from '../councils/council-scope.js';
import type { Found } from '../councils/scoped-loader.js';
import { goesBy, itemWording } from './item-wording.js';
import { planPeriodOf } from './plan-period.js';
import type { OutcomeModel, PlanModel, SubOutcomeModel } from './plans.models.js';
import { toOutcome, toPlan, toSubOutcome } from './plans.records.js';
import type { Stored } from '../provenance/provenance.models.js';

/** A plan as a question names it: the council (null: the default) and the plan's key or period. */
export interface PlanReference {
  council: string | null;
  plan: string;
}

/** An outcome or sub-outcome as a question names it: its plan, and its code, name or another wording. */
export interface ItemReference extends PlanReference {
  ref: string;
}

const planParams = (r: PlanReference) => {
  const text = r.plan.trim();
  const period = planPeriodOf(text);
  return { council: explicitCouncil(r.council), text, isPeriod: period !== null, periods: [...new Set([period, text].filter((p): p is string => !!p))] };
};

/**
 * Cypher: for each `ref` (with `ref.plan` from planParams), `councils` (the keys the words name) and `p`, the
 * plan: by period within the one council, or by key. A key that is not a period (`c007-2022-26`) finds any
 * council's plan unless the question names another council; one that is (the seed data's `2022-26`) is a
 * period first, so it never reaches another council's plan.
 */
const PLAN_OF_REF = `
     WITH ref, ${councilsNamedBy('coalesce(ref.plan.council, $defaultCouncil)')} AS councils
     OPTIONAL CALL (ref, councils) {
       CALL (ref, councils) {
         MATCH (p:StrategicPlan {key: ref.plan.text}) WHERE p.retiredAt IS NULL
           AND ((ref.plan.council IS NULL AND NOT ref.plan.isPeriod) OR EXISTS { MATCH (p)-[:OWNED_BY]->(o:Organisation) WHERE o.key IN councils })
         RETURN p, 0 AS rank
         UNION
         MATCH (c:Organisation)<-[:OWNED_BY]-(p:StrategicPlan) WHERE c.key IN councils AND size(councils) = 1
           AND p.period IN ref.plan.periods AND p.retiredAt IS NULL
         RETURN p, 1 AS rank
       }
       RETURN p ORDER BY rank, p.key LIMIT 1
     }`;

export async function findPlansByReference(db: Executor, refs: readonly PlanReference[], scope: CouncilScope): Promise<Found<PlanModel>[]> {
  const rows = await db.read<{ index: number; councils: string[]; p: Stored | null }>(
    'plans.byReference',
    `UNWIND $refs AS ref ${PLAN_OF_REF}
     RETURN ref.index AS index, councils, CASE WHEN p IS NULL THEN null ELSE properties(p) END AS p`,
    { refs: refs.map((r, index) => ({ index, plan: planParams(r) })), defaultCouncil: defaultCouncilParam(scope) },
  );
  return rows.map((r) => ({ index: r.index, councils: r.councils, item: r.p ? toPlan(r.p) : null }));
}

const itemParams = (refs: readonly ItemReference[]) => refs.map((r, index) => ({ index, plan: planParams(r), wording: itemWording(r.ref) }));

/** Outcomes by plan and code, name or any other wording. */
export async function findOutcomesByReference(db: Executor, refs: readonly ItemReference[], scope: CouncilScope): Promise<Found<OutcomeModel>[]> {
  const rows = await db.read<{ index: number; councils: string[]; planKey: string | null; o: Stored | null }>(
    'plans.outcomesByReference',
    `UNWIND $refs AS ref ${PLAN_OF_REF}
     OPTIONAL CALL (ref, p) {
       MATCH (p)-[:HAS_OUTCOME]->(o:Outcome) WHERE o.retiredAt IS NULL AND ${goesBy('o', 'ref.wording')}
       RETURN o ORDER BY o.order LIMIT 1
     }
     RETURN ref.index AS index, councils, p.key AS planKey, CASE WHEN o IS NULL THEN null ELSE properties(o) END AS o`,
    { refs: itemParams(refs), defaultCouncil: defaultCouncilParam(scope) },
  );
  return rows.map((r) => ({ index: r.index, councils: r.councils, item: r.o && r.planKey ? toOutcome(r.planKey, r.o) : null }));
}

/**
 * Sub-outcomes by plan and a reference that may be the code, the name, or any recorded alias (a variant
 * wording or a typo'd section number), so that every wording found in the papers finds the record.
 */
export async function findSubOutcomesByReference(db: Executor, refs: readonly ItemReference[], scope: CouncilScope): Promise<Found<SubOutcomeModel>[]> {
  const rows = await db.read<{ index: number; councils: string[]; outcomeKey: string | null; s: Stored | null }>(
    'plans.subOutcomesByReference',
    `UNWIND $refs AS ref ${PLAN_OF_REF}
     OPTIONAL CALL (ref, p) {
       MATCH (p)-[:HAS_OUTCOME]->(o:Outcome)-[:HAS_SUB_OUTCOME]->(s:SubOutcome) WHERE s.retiredAt IS NULL AND ${goesBy('s', 'ref.wording')}
       RETURN o, s ORDER BY o.order, s.order LIMIT 1
     }
     RETURN ref.index AS index, councils, o.key AS outcomeKey, CASE WHEN s IS NULL THEN null ELSE properties(s) END AS s`,
    { refs: itemParams(refs), defaultCouncil: defaultCouncilParam(scope) },
  );
  return rows.map((r) => ({ index: r.index, councils: r.councils, item: r.s && r.outcomeKey ? toSubOutcome(r.outcomeKey, r.s) : null }));
}

/** The plans of the councils each reference names (null: the default council), oldest first. */
export async function findPlansOfCouncils(db: Executor, councils: readonly (string | null)[], scope: CouncilScope): Promise<Found<PlanModel[]>[]> {
  const rows = await db.read<{ index: number; councils: string[]; plans: Stored[] }>(
    'plans.ofCouncils',
    `UNWIND $refs AS ref
     WITH ref, ${councilsNamedBy('coalesce(ref.council, $defaultCouncil)')} AS councils
     RETURN ref.index AS index, councils,
            [x IN COLLECT { MATCH (c:Organisation)<-[:OWNED_BY]-(p:StrategicPlan) WHERE c.key IN councils AND size(councils) = 1 AND p.retiredAt IS NULL
                            RETURN p ORDER BY p.period, p.key } | properties(x)] AS plans`,
    { refs: councils.map((council, index) => ({ index, council: explicitCouncil(council) })), defaultCouncil: defaultCouncilParam(scope) },
  );
  return rows.map((r) => ({ index: r.index, councils: r.councils, item: r.plans.map(toPlan) }));
}
