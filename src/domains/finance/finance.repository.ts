/**
 * Cypher for the finance domain: savings lines with their amounts and shares, cost pressures, the papers'
 * figures, and the plan items a line reaches. Amounts are stored as `years` and `amountsPence`, two
 * parallel lists on the node (one read, no per-year nodes), and turned into YearAmount lists here.
 */
import type { Executor } from '../../neo4j/database.js';
import { documentFromProjection, documentProjection, type DocumentProjection } from '../documents/documents.records.js';
import type { DocumentModel } from '../documents/documents.models.js';
import { citationOf } from '../provenance/provenance.models.js';
import { typeNameOf } from '../nodes/item-types.js';
import type { Stored } from '../provenance/provenance.models.js';
import type { ItemRef } from '../../shared/item-kinds.js';
import type { CostPressureModel, FinancialFigureModel, SavingsLineModel, SavingsStatus, YearAmount } from './finance.models.js';
import { naturalCompare } from '../../shared/natural-order.js';

export interface ShareRow {
  key: string;
  labels: string[];
  basisPoints: number;
  illustrative: boolean | null;
  outcomeKey: string | null;
  planKey: string | null;
}

const amountsOf = (n: Stored): YearAmount[] => {
  const years = (n.years as string[] | undefined) ?? [];
  const pence = (n.amountsPence as number[] | undefined) ?? [];
  return years.map((year, i) => ({ year, pence: Number(pence[i] ?? 0) }));
};

/** References sort as people read them: AC2 before AC12. */
export const byReference = (a: { reference: string }, b: { reference: string }) => naturalCompare(a.reference, b.reference);

export function toSavingsLine(editionKey: string, departmentKey: string | null, l: Stored, shares: ShareRow[]): SavingsLineModel {
  const key = String(l.key);
  return {
    key, editionKey, reference: String(l.reference), description: String(l.description ?? ''), departmentKey,
    status: String(l.status) as SavingsStatus, statusAsWritten: typeof l.statusWording === 'string' ? l.statusWording : null, amounts: amountsOf(l), illustrative: l.illustrative === true,
    illustrativeNote: typeof l.illustrativeNote === 'string' ? l.illustrativeNote : null, version: Number(l.version ?? 0),
    retired: l.retiredAt != null,
    shares: shares
      .map((s) => ({
        lineKey: key, target: { key: s.key, typeName: typeNameOf(s.labels) ?? 'Outcome' } as ItemRef, basisPoints: Number(s.basisPoints),
        illustrative: s.illustrative === true, outcomeKey: s.outcomeKey ?? s.key, planKey: s.planKey ?? '',
      }))
      .sort((a, b) => naturalCompare(a.target.key, b.target.key)),
  };
}

// One statement per question: the line, its department, and its live shares with the outcome and plan each
// share rolls up to (a share on an outcome rolls up to itself).
export const LINE_RETURN = `
  e.key AS editionKey, properties(l) AS l, [(l)-[:OWNED_BY]->(d:Organisation) | d.key][0] AS departmentKey,
  [(l)-[a:AFFECTS]->(t) WHERE a.retiredAt IS NULL | {
     key: t.key, labels: labels(t), basisPoints: a.shareBasisPoints, illustrative: a.illustrative,
     outcomeKey: CASE WHEN t:Outcome THEN t.key ELSE [(o:Outcome)-[:HAS_SUB_OUTCOME]->(t) | o.key][0] END,
     planKey: [(p:StrategicPlan)-[:HAS_OUTCOME]->(:Outcome)-[:HAS_SUB_OUTCOME*0..1]->(t) | p.key][0]
  }] AS shares`;

export type LineRow = { editionKey: string; l: Stored; departmentKey: string | null; shares: ShareRow[] };

/**
 * The live lines of MTFS editions, each edition with its own document: every savings view asks for both, so
 * they come in one statement (an edition without lines still answers its document).
 */
export async function findSavingsLinesOfEditions(db: Executor, editionKeys: readonly string[]): Promise<{ edition: DocumentModel; lines: SavingsLineModel[] }[]> {
  const rows = await db.read<{ edition: DocumentProjection; lines: LineRow[] }>(
    'finance.linesOfEditions',
    `MATCH (e:Document) WHERE e.key IN $keys
     RETURN ${documentProjection('e')} AS edition,
            COLLECT { MATCH (e)-[:HAS_SAVINGS_LINE]->(l:SavingsLine) WHERE l.retiredAt IS NULL
                      WITH ${LINE_RETURN} RETURN {editionKey: editionKey, l: l, departmentKey: departmentKey, shares: shares} } AS lines`,
    { keys: editionKeys },
  );
  return rows.map((r) => ({ edition: documentFromProjection(r.edition), lines: r.lines.map((l) => toSavingsLine(l.editionKey, l.departmentKey, l.l, l.shares)).sort(byReference) }));
}

export async function findSavingsLinesByKeys(db: Executor, keys: readonly string[]): Promise<SavingsLineModel[]> {
  const rows = await db.read<LineRow>(
    'finance.linesByKeys',
    `MATCH (e:Document)-[:HAS_SAVINGS_LINE]->(l:SavingsLine) WHERE l.key IN $keys RETURN ${LINE_RETURN}`,
    { keys },
  );
  return rows.map((r) => toSavingsLine(r.editionKey, r.departmentKey, r.l, r.shares));
}

/**
 * Savings lines that reach each outcome or sub-outcome: linked to it, to an outcome it sits under (the cut
 * falls on the whole outcome), or, for an outcome, to one of its sub-outcomes.
 */
export async function findSavingsLinesReaching(db: Executor, itemKeys: readonly string[]): Promise<{ itemKey: string; lineKey: string }[]> {
  return db.read<{ itemKey: string; lineKey: string }>(
    'finance.linesReaching',
    `MATCH (i) WHERE i.key IN $keys AND (i:Outcome OR i:SubOutcome)
     CALL (i) {
       MATCH (i)<-[a:AFFECTS]-(l:SavingsLine) WHERE a.retiredAt IS NULL RETURN l
       UNION
       MATCH (i)<-[:HAS_SUB_OUTCOME]-(:Outcome)<-[a:AFFECTS]-(l:SavingsLine) WHERE a.retiredAt IS NULL RETURN l
       UNION
       MATCH (i)-[:HAS_SUB_OUTCOME]->(:SubOutcome)<-[a:AFFECTS]-(l:SavingsLine) WHERE a.retiredAt IS NULL RETURN l
     }
     WITH i, l WHERE l.retiredAt IS NULL
     RETURN i.key AS itemKey, l.key AS lineKey ORDER BY itemKey, lineKey`,
    { keys: itemKeys },
  );
}

export interface ReachedItemRow {
  /** The outcome or sub-outcome a share is on. */
  targetKey: string;
  item: ItemRef;
  /** Where the item sits: its parent's key (null for the target itself and for the outcome above a sub-outcome). */
  parentKey: string | null;
  relation: 'TARGET' | 'ABOVE' | 'BELOW';
}

/** For each target of a share: the target, the outcome above a sub-outcome, and every live item below it. */
export async function findItemsReachedFrom(db: Executor, targetKeys: readonly string[]): Promise<ReachedItemRow[]> {
  const rows = await db.read<{ targetKey: string; key: string; labels: string[]; parentKey: string | null; relation: ReachedItemRow['relation'] }>(
    'finance.itemsReached',
    `MATCH (t) WHERE t.key IN $keys AND (t:Outcome OR t:SubOutcome)
     CALL (t) {
       RETURN t AS item, null AS parentKey, 'TARGET' AS relation
       UNION
       MATCH (o:Outcome)-[:HAS_SUB_OUTCOME]->(t) RETURN o AS item, null AS parentKey, 'ABOVE' AS relation
       UNION
       MATCH (t)-[:HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION*1..3]->(item) WHERE item.retiredAt IS NULL AND (item:SubOutcome OR item:Aim OR item:Action)
       RETURN item, [(parent)-[:HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION]->(item) | parent.key][0] AS parentKey, 'BELOW' AS relation
     }
     RETURN t.key AS targetKey, item.key AS key, labels(item) AS labels, parentKey, relation
     ORDER BY targetKey, key`,
    { keys: targetKeys },
  );
  return rows.map((r) => ({ targetKey: r.targetKey, item: { key: r.key, typeName: typeNameOf(r.labels) ?? 'Outcome' } as ItemRef, parentKey: r.parentKey, relation: r.relation }));
}

export async function findCostPressuresOfEditions(db: Executor, editionKeys: readonly string[]): Promise<CostPressureModel[]> {
  const rows = await db.read<{ editionKey: string; c: Stored; departmentKey: string | null }>(
    'finance.costPressures',
    `MATCH (e:Document)-[:HAS_COST_PRESSURE]->(c:CostPressure) WHERE e.key IN $keys AND c.retiredAt IS NULL
     RETURN e.key AS editionKey, properties(c) AS c, [(c)-[:OWNED_BY]->(d:Organisation) | d.key][0] AS departmentKey`,
    { keys: editionKeys },
  );
  return rows
    .map((r) => ({
      key: String(r.c.key), editionKey: r.editionKey, reference: String(r.c.reference), description: String(r.c.description ?? ''),
      departmentKey: r.departmentKey, amounts: amountsOf(r.c), illustrative: r.c.illustrative === true,
      illustrativeNote: typeof r.c.illustrativeNote === 'string' ? r.c.illustrativeNote : null,
    }))
    .sort(byReference);
}

type FigureRow = { documentKey: string; f: Stored; partOf: { key: string; link: Stored } | null };

/** The figure, its document and the figure it is part of (with that link's own citation and note, where it has them). */
const FIGURE_FIELDS = `d.key AS documentKey, properties(f) AS f, [(f)-[p:PART_OF]->(w:FinancialFigure) | {key: w.key, link: properties(p)}][0] AS partOf`;

const toFigure = (r: FigureRow): FinancialFigureModel => ({
  key: String(r.f.key), documentKey: r.documentKey, kind: String(r.f.kind), description: String(r.f.description ?? ''),
  pence: Number(r.f.amountPence), period: typeof r.f.period === 'string' ? r.f.period : null, partOfKey: r.partOf?.key ?? null,
  partOfNote: typeof r.partOf?.link.note === 'string' ? r.partOf.link.note : null, partOfCitation: r.partOf ? citationOf(r.partOf.link) : null,
  citation: citationOf(r.f),
});

export async function findFiguresOfDocuments(db: Executor, documentKeys: readonly string[]): Promise<FinancialFigureModel[]> {
  const rows = await db.read<FigureRow>(
    'finance.figures',
    `MATCH (f:FinancialFigure)-[:FIGURE_OF]->(d:Document) WHERE d.key IN $keys AND f.retiredAt IS NULL
     RETURN ${FIGURE_FIELDS}
     ORDER BY f.amountPence DESC, f.key`,
    { keys: documentKeys },
  );
  return rows.map(toFigure);
}

/** Figures by key: the figure another is part of may belong to another document (the £40m to the programme, the £110m to the MTFS). */
export async function findFiguresByKeys(db: Executor, keys: readonly string[]): Promise<FinancialFigureModel[]> {
  const rows = await db.read<FigureRow>(
    'finance.figuresByKeys',
    `MATCH (f:FinancialFigure)-[:FIGURE_OF]->(d:Document) WHERE f.key IN $keys AND f.retiredAt IS NULL
     RETURN ${FIGURE_FIELDS}`,
    { keys },
  );
  return rows.map(toFigure);
}
