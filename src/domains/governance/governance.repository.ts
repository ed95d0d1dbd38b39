/** Cypher for organisations, meetings' decisions and monitoring. */
import type { Executor } from '../../neo4j/database.js';
import { citationOf } from '../provenance/provenance.models.js';
import type { Stored } from '../provenance/provenance.models.js';
import { typeNameOf } from '../nodes/item-types.js';
import type { AssessmentModel, DecisionModel, MonitoringModel, OrganisationModel } from './governance.models.js';

type Replacement = { key: string; link: Stored } | null;

export function toOrganisation(o: Stored, partOfKey: string | null, replacedBy: Replacement = null, replacesKeys: string[] = []): OrganisationModel {
  return {
    key: String(o.key), name: String(o.name), kind: String(o.kind), partOfKey, note: (o.note as string) ?? null, illustrative: o.illustrative === true,
    replacedByKey: replacedBy?.key ?? null, replacedByCitation: replacedBy ? citationOf(replacedBy.link) : null, replacesKeys,
    citation: citationOf(o),
  };
}

export async function findOrganisationsByKeys(db: Executor, keys: readonly string[]): Promise<OrganisationModel[]> {
  const rows = await db.read<{ o: Stored; partOfKey: string | null; replacedBy: Replacement; replaces: string[] }>(
    'governance.organisationsByKeys',
    `MATCH (o:Organisation) WHERE o.key IN $keys
     RETURN properties(o) AS o, [(o)-[:PART_OF]->(p:Organisation) | p.key][0] AS partOfKey,
            [(o)-[r:REPLACED_BY]->(n:Organisation) | {key: n.key, link: properties(r)}][0] AS replacedBy,
            [(old:Organisation)-[:REPLACED_BY]->(o) | old.key] AS replaces`,
    { keys },
  );
  return rows.map((r) => toOrganisation(r.o, r.partOfKey, r.replacedBy, r.replaces));
}

/** Assessments of each document (equality and human rights screenings), as the papers report them. */
export async function findAssessmentsOfDocuments(db: Executor, documentKeys: readonly string[]): Promise<AssessmentModel[]> {
  const rows = await db.read<{ documentKey: string; a: Stored }>(
    'governance.assessments',
    `MATCH (a:Assessment)-[:ASSESSES]->(d:Document) WHERE d.key IN $keys AND a.retiredAt IS NULL
     RETURN d.key AS documentKey, properties(a) AS a ORDER BY a.key`,
    { keys: documentKeys },
  );
  return rows.map((r) => ({
    key: String(r.a.key), documentKey: r.documentKey, kind: String(r.a.kind), conclusion: (r.a.conclusion as string) ?? null,
    note: (r.a.note as string) ?? null, citation: citationOf(r.a),
  }));
}

/** Decisions on documents, oldest first: the timeline of a plan. */
export async function findDecisionsOnDocuments(db: Executor, documentKeys: readonly string[]): Promise<DecisionModel[]> {
  const rows = await db.read<{ meetingKey: string; date: string; bodyKey: string; documentKey: string; d: Stored }>(
    'governance.decisionsOnDocuments',
    `MATCH (b:Organisation)-[:HELD]->(m:Meeting)-[d:DECIDED]->(doc:Document)
     WHERE doc.key IN $keys AND d.retiredAt IS NULL
     RETURN m.key AS meetingKey, m.date AS date, b.key AS bodyKey, doc.key AS documentKey, properties(d) AS d
     ORDER BY date, meetingKey`,
    { keys: documentKeys },
  );
  return rows.map((r) => ({
    meetingKey: r.meetingKey, date: r.date, bodyKey: r.bodyKey, documentKey: r.documentKey, kind: String(r.d.kind), summary: String(r.d.summary),
    citation: citationOf(r.d),
  }));
}

/** Monitoring of a plan and of everything in its tree (outcomes, sub-outcomes), keyed by the plan. */
export async function findMonitoringWithinPlans(db: Executor, planKeys: readonly string[]): Promise<(MonitoringModel & { planKey: string })[]> {
  const rows = await db.read<{ planKey: string; itemKey: string; itemLabels: string[]; boardKey: string; m: Stored }>(
    'governance.monitoringWithinPlans',
    `MATCH (p:Document) WHERE p.key IN $keys
     MATCH (p)-[:HAS_OUTCOME|HAS_SUB_OUTCOME*0..2]->(item)-[m:MONITORED_BY]->(board:Organisation)
     WHERE m.retiredAt IS NULL
     RETURN p.key AS planKey, item.key AS itemKey, labels(item) AS itemLabels, board.key AS boardKey, properties(m) AS m
     ORDER BY itemKey, boardKey`,
    { keys: planKeys },
  );
  return rows.map((r) => ({
    planKey: r.planKey, itemKey: r.itemKey, itemTypeName: typeNameOf(r.itemLabels) ?? 'Document', boardKey: r.boardKey, how: (r.m.how as string) ?? null,
    citation: citationOf(r.m),
  }));
}

export async function findMonitoringOfItems(db: Executor, itemKeys: readonly string[]): Promise<MonitoringModel[]> {
  const rows = await db.read<{ itemKey: string; itemLabels: string[]; boardKey: string; m: Stored }>(
    'governance.monitoringOfItems',
    `MATCH (item:Item)-[m:MONITORED_BY]->(board:Organisation) WHERE item.key IN $keys AND m.retiredAt IS NULL
     RETURN item.key AS itemKey, labels(item) AS itemLabels, board.key AS boardKey, properties(m) AS m ORDER BY boardKey`,
    { keys: itemKeys },
  );
  return rows.map((r) => ({
    itemKey: r.itemKey, itemTypeName: typeNameOf(r.itemLabels) ?? 'Document', boardKey: r.boardKey, how: (r.m.how as string) ?? null, citation: citationOf(r.m),
  }));
}
