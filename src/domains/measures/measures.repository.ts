/** Cypher for measures: one statement per function, rows parsed into models here. */
import type { Executor } from '../../neo4j/database.js';
import { typeNameOf } from '../nodes/item-types.js';
import { citationOf } from '../provenance/provenance.models.js';
import type { Stored } from '../provenance/provenance.models.js';
import { linkFacts } from '../traceability/traceability.records.js';
import type { MeasureKind, MeasureModel } from './measures.models.js';

type MeasureRow = { m: Stored; ownerKey: string | null; assesses: { key: string; labels: string[]; link: Stored }[] };

/** The measure, its owner and every current item it judges with the link, first by the link's order. */
const MEASURE_FIELDS = `properties(m) AS m, [(m)-[:OWNED_BY]->(o:Organisation) | o.key][0] AS ownerKey,
  [(x:Item)-[r:MEASURED_BY]->(m) WHERE x.retiredAt IS NULL | {key: x.key, labels: labels(x), link: properties(r)}] AS assesses`;

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function toMeasure(r: MeasureRow): MeasureModel {
  const assesses = [...r.assesses]
    .sort((a, b) => Number(a.link.order ?? 0) - Number(b.link.order ?? 0) || a.key.localeCompare(b.key))
    .map((a) => ({ item: { key: a.key, typeName: typeNameOf(a.labels) ?? 'Document' }, link: linkFacts('MEASURED_BY', a.link) }));
  return {
    key: String(r.m.key), code: String(r.m.code), kind: (text(r.m.kind) ?? 'INDICATOR') as MeasureKind, name: String(r.m.name),
    unit: text(r.m.unit), target: text(r.m.target), note: text(r.m.note), ownerKey: r.ownerKey, illustrative: r.m.illustrative === true,
    version: Number(r.m.version ?? 0), citation: citationOf(r.m), assesses,
  };
}

/** Measures judging each item (a plan, outcome, sub-outcome or aim), with the item asked about. */
export async function findMeasuresOf(db: Executor, keys: readonly string[]): Promise<(MeasureModel & { askedKey: string })[]> {
  const rows = await db.read<MeasureRow & { askedKey: string }>(
    'measures.measuresOf',
    `MATCH (x:Item)-[:MEASURED_BY]->(m:Measure) WHERE x.key IN $keys AND m.retiredAt IS NULL
     RETURN x.key AS askedKey, ${MEASURE_FIELDS} ORDER BY coalesce(m.order, 1000000), m.createdAt, m.key`,
    { keys },
  );
  return rows.map((r) => ({ askedKey: r.askedKey, ...toMeasure(r) }));
}

export async function findMeasuresByKeys(db: Executor, keys: readonly string[]): Promise<MeasureModel[]> {
  const rows = await db.read<MeasureRow>('measures.measuresByKeys', `MATCH (m:Measure) WHERE m.key IN $keys RETURN ${MEASURE_FIELDS}`, { keys });
  return rows.map(toMeasure);
}

/** Every current measure, the papers' in their order then analysts' by creation; of one kind when given. */
export async function findAllMeasures(db: Executor, kind: MeasureKind | null): Promise<MeasureModel[]> {
  const rows = await db.read<MeasureRow>(
    'measures.all',
    `MATCH (m:Measure) WHERE m.retiredAt IS NULL AND ($kind IS NULL OR coalesce(m.kind, 'INDICATOR') = $kind)
     RETURN ${MEASURE_FIELDS} ORDER BY coalesce(m.order, 1000000), m.createdAt, m.key`,
    { kind },
  );
  return rows.map(toMeasure);
}
