/** Cypher for partner priorities and ALIGNS_WITH links. */
import type { Executor } from '../../neo4j/database.js';
import { documentFromProjection, documentProjection, type DocumentProjection } from '../documents/documents.records.js';
import type { DocumentModel } from '../documents/documents.models.js';
import { toOutcome } from '../plans/plans.records.js';
import type { OutcomeModel } from '../plans/plans.models.js';
import { typeNameOf } from '../nodes/item-types.js';
import type { Stored } from '../provenance/provenance.models.js';
import { citationOf } from '../provenance/provenance.models.js';
import type { AlignmentModel, PartnerPriorityModel } from './partners.models.js';

type PriorityRow = { p: Stored; strategyKey: string; parentKey: string | null };

/**
 * A priority's strategy, walked up from the priority (a pattern comprehension always starts from the bound
 * `p`; a MATCH let the planner scan every Document and walk down, which grows with the number of councils).
 */
const STRATEGY_OF_P = `WITH *, [(s:Document)-[:HAS_PRIORITY*1..3]->(p) | s][0] AS strategy WHERE strategy IS NOT NULL`;

const PRIORITY_PLACE = `
     ${STRATEGY_OF_P}
     WITH p, strategy, [(parent:PartnerPriority)-[:HAS_PRIORITY]->(p) | parent] AS parents
     WITH p, strategy, parents[0] AS parent`;

function toPriority(r: PriorityRow): PartnerPriorityModel {
  return {
    key: String(r.p.key), strategyKey: r.strategyKey, parentKey: r.parentKey, code: String(r.p.code), name: String(r.p.name),
    description: (r.p.description as string) ?? null, illustrative: r.p.illustrative === true,
  };
}

/** Every priority of the strategies (all levels), each with its parent, in order. */
export async function findPrioritiesOfStrategies(db: Executor, strategyKeys: readonly string[]): Promise<PartnerPriorityModel[]> {
  const rows = await db.read<PriorityRow>(
    'partners.prioritiesOfStrategies',
    `MATCH (strategy:Document)-[:HAS_PRIORITY*1..3]->(p:PartnerPriority)
     WHERE strategy.key IN $keys AND p.retiredAt IS NULL
     RETURN properties(p) AS p, strategy.key AS strategyKey, [(parent:PartnerPriority)-[:HAS_PRIORITY]->(p) | parent.key][0] AS parentKey
     ORDER BY p.key`,
    { keys: strategyKeys },
  );
  return rows.map(toPriority);
}

export async function findPrioritiesByKeys(db: Executor, keys: readonly string[]): Promise<PartnerPriorityModel[]> {
  const rows = await db.read<PriorityRow>(
    'partners.prioritiesByKeys',
    `MATCH (p:PartnerPriority) WHERE p.key IN $keys ${PRIORITY_PLACE}
     RETURN properties(p) AS p, strategy.key AS strategyKey, parent.key AS parentKey`,
    { keys },
  );
  return rows.map(toPriority);
}

type AlignmentRow = { priorityKey: string; strategyKey: string; targetKey: string; targetLabels: string[]; outcomeKey: string; l: Stored };

function toAlignment(r: AlignmentRow): AlignmentModel {
  return {
    priorityKey: r.priorityKey, strategyKey: r.strategyKey, target: { key: r.targetKey, typeName: typeNameOf(r.targetLabels) ?? 'Outcome' },
    outcomeKey: r.outcomeKey, strength: r.l.strength === 'PRIMARY' ? 'PRIMARY' : 'CONTRIBUTORY', rationale: (r.l.rationale as string) ?? null,
    citation: citationOf(r.l), illustrative: r.l.illustrative === true,
  };
}

const ALIGNMENT_RETURN = `
     ${STRATEGY_OF_P}
     RETURN p.key AS priorityKey, strategy.key AS strategyKey, t.key AS targetKey, labels(t) AS targetLabels,
            coalesce([(o:Outcome)-[:HAS_SUB_OUTCOME]->(t) | o.key][0], t.key) AS outcomeKey, properties(l) AS l
     ORDER BY strategyKey, priorityKey, targetKey`;

/** Alignments from the given priorities. */
export async function findAlignmentsOfPriorities(db: Executor, priorityKeys: readonly string[]): Promise<AlignmentModel[]> {
  const rows = await db.read<AlignmentRow>(
    'partners.alignmentsOfPriorities',
    `MATCH (p:PartnerPriority)-[l:ALIGNS_WITH]->(t) WHERE p.key IN $keys AND l.retiredAt IS NULL AND t.retiredAt IS NULL ${ALIGNMENT_RETURN}`,
    { keys: priorityKeys },
  );
  return rows.map(toAlignment);
}

/** Alignments to the given outcomes or sub-outcomes (directly). */
export async function findAlignmentsToTargets(db: Executor, targetKeys: readonly string[]): Promise<AlignmentModel[]> {
  const rows = await db.read<AlignmentRow>(
    'partners.alignmentsToTargets',
    `MATCH (p:PartnerPriority)-[l:ALIGNS_WITH]->(t) WHERE t.key IN $keys AND l.retiredAt IS NULL AND p.retiredAt IS NULL ${ALIGNMENT_RETURN}`,
    { keys: targetKeys },
  );
  return rows.map(toAlignment);
}

/** Alignments to anything in the plans' outcome trees, keyed by plan, for the matrix and shared ground. */
export interface PlanAlignments {
  planKey: string;
  /** The plan's live outcomes in order (the matrix's rows), so the matrix needs no second statement. */
  outcomes: OutcomeModel[];
  alignments: AlignmentModel[];
  /** Each alignment's strategy (the matrix's columns), handed to documentByKey by the loader. */
  strategies: DocumentModel[];
}

export async function findAlignmentsWithinPlans(db: Executor, planKeys: readonly string[]): Promise<PlanAlignments[]> {
  const rows = await db.read<{ planKey: string; outcomes: Stored[]; alignments: (AlignmentRow & { strategy: DocumentProjection })[] }>(
    'partners.alignmentsWithinPlans',
    `MATCH (plan:StrategicPlan) WHERE plan.key IN $keys
     CALL (plan) {
       MATCH (plan)-[:HAS_OUTCOME]->(o:Outcome) WHERE o.retiredAt IS NULL
       WITH o ORDER BY o.order RETURN collect(properties(o)) AS outcomes
     }
     CALL (plan) {
       MATCH (plan)-[:HAS_OUTCOME|HAS_SUB_OUTCOME*1..2]->(t)<-[l:ALIGNS_WITH]-(p:PartnerPriority)
       WHERE l.retiredAt IS NULL AND t.retiredAt IS NULL AND p.retiredAt IS NULL
       ${STRATEGY_OF_P}
       WITH p, strategy, t, l ORDER BY strategy.key, p.key, t.key
       RETURN collect({priorityKey: p.key, strategyKey: strategy.key, targetKey: t.key, targetLabels: labels(t),
                       outcomeKey: coalesce([(o:Outcome)-[:HAS_SUB_OUTCOME]->(t) | o.key][0], t.key), l: properties(l),
                       strategy: ${documentProjection('strategy')}}) AS alignments
     }
     RETURN plan.key AS planKey, outcomes, alignments`,
    { keys: planKeys },
  );
  return rows.map((r) => ({
    planKey: r.planKey,
    outcomes: r.outcomes.map((o) => toOutcome(r.planKey, o)),
    alignments: r.alignments.map(toAlignment),
    strategies: r.alignments.map((a) => documentFromProjection(a.strategy)),
  }));
}
