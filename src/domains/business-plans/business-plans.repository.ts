/** Cypher for business plans, their commitments and what the commitments deliver. */
import type { Executor } from '../../neo4j/database.js';
import { typeNameOf } from '../nodes/item-types.js';
import type { Stored } from '../provenance/provenance.models.js';
import type { CommitmentModel, DeliveryModel } from './business-plans.models.js';

const toCommitment = (businessPlanKey: string, c: Stored): CommitmentModel => ({
  key: String(c.key), businessPlanKey, code: String(c.code), text: String(c.text), illustrative: c.illustrative === true,
});

export async function findCommitmentsOfPlans(db: Executor, planKeys: readonly string[]): Promise<CommitmentModel[]> {
  const rows = await db.read<{ planKey: string; c: Stored }>(
    'businessPlans.commitmentsOfPlans',
    `MATCH (bp:Document)-[:HAS_COMMITMENT]->(c:BusinessPlanCommitment) WHERE bp.key IN $keys AND c.retiredAt IS NULL
     RETURN bp.key AS planKey, properties(c) AS c ORDER BY c.order`,
    { keys: planKeys },
  );
  return rows.map((r) => toCommitment(r.planKey, r.c));
}

export async function findCommitmentsByKeys(db: Executor, keys: readonly string[]): Promise<CommitmentModel[]> {
  const rows = await db.read<{ planKey: string; c: Stored }>(
    'businessPlans.commitmentsByKeys',
    'MATCH (bp:Document)-[:HAS_COMMITMENT]->(c:BusinessPlanCommitment) WHERE c.key IN $keys RETURN bp.key AS planKey, properties(c) AS c',
    { keys },
  );
  return rows.map((r) => toCommitment(r.planKey, r.c));
}

/** What each commitment delivers, with the sub-outcome each target is or sits under. */
export async function findDeliveriesOfCommitments(db: Executor, keys: readonly string[]): Promise<DeliveryModel[]> {
  const rows = await db.read<{ commitmentKey: string; target: { key: string; labels: string[] }; subOutcomeKey: string | null }>(
    'businessPlans.deliveries',
    `MATCH (c:BusinessPlanCommitment)-[l:DELIVERS]->(t) WHERE c.key IN $keys AND l.retiredAt IS NULL AND t.retiredAt IS NULL
     RETURN c.key AS commitmentKey, {key: t.key, labels: labels(t)} AS target,
            [(s:SubOutcome)-[:HAS_AIM|HAS_ACTION*0..2]->(t) | s.key][0] AS subOutcomeKey
     ORDER BY commitmentKey, t.key`,
    { keys },
  );
  return rows.map((r) => ({ commitmentKey: r.commitmentKey, target: { key: r.target.key, typeName: typeNameOf(r.target.labels) ?? 'Document' }, subOutcomeKey: r.subOutcomeKey }));
}

/** Commitments delivering each sub-outcome (directly or through its aims and actions). */
export async function findCommitmentsForSubOutcomes(db: Executor, subOutcomeKeys: readonly string[]): Promise<(CommitmentModel & { subOutcomeKey: string })[]> {
  const rows = await db.read<{ subOutcomeKey: string; planKey: string; c: Stored }>(
    'businessPlans.commitmentsForSubOutcomes',
    // Started from the sub-outcomes' key index by hint: with few commitments in the graph the planner chose
    // to scan every BusinessPlanCommitment instead, a cost that grows with every council's business plans.
    `MATCH (s:SubOutcome) USING INDEX s:SubOutcome(key) WHERE s.key IN $keys
     MATCH (s)-[:HAS_AIM|HAS_ACTION*0..2]->(x)<-[l:DELIVERS]-(c:BusinessPlanCommitment)<-[:HAS_COMMITMENT]-(bp:Document)
     WHERE x.retiredAt IS NULL AND l.retiredAt IS NULL AND c.retiredAt IS NULL
     WITH DISTINCT s, c, bp
     RETURN s.key AS subOutcomeKey, bp.key AS planKey, properties(c) AS c ORDER BY subOutcomeKey, c.key`,
    { keys: subOutcomeKeys },
  );
  return rows.map((r) => ({ subOutcomeKey: r.subOutcomeKey, ...toCommitment(r.planKey, r.c) }));
}

/** Business plans owned by each organisation (a department), newest year first. */
export async function findBusinessPlansOfOrganisations(db: Executor, orgKeys: readonly string[]): Promise<{ orgKey: string; planKey: string }[]> {
  return db.read<{ orgKey: string; planKey: string }>(
    'businessPlans.ofOrganisations',
    `MATCH (bp:Document {kind: 'BUSINESS_PLAN'})-[:OWNED_BY]->(o:Organisation) WHERE o.key IN $keys AND bp.retiredAt IS NULL
     RETURN o.key AS orgKey, bp.key AS planKey ORDER BY bp.period DESC, bp.key`,
    { keys: orgKeys },
  );
}
