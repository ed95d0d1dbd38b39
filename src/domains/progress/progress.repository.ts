/**
 * Cypher for progress reads: one statement per function, rows parsed into models here. Every statement takes
 * a batch of keys and returns each key's records whole (a measure's values and targets, an action's updates),
 * so a question costs the same number of statements however many periods have been recorded.
 */
import type { Executor } from '../../neo4j/database.js';
import { typeNameOf } from '../nodes/item-types.js';
import { citationOf } from '../provenance/provenance.models.js';
import type { Stored } from '../provenance/provenance.models.js';
import type { CitationModel } from '../provenance/provenance.models.js';
import type { ActionStatus, ActionUpdateModel, MeasureDirection, MeasureProgressModel, MeasureTargetRecord, MeasureValueRecord, SavingsLineRef } from './progress.models.js';

const text = (v: unknown) => (typeof v === 'string' ? v : null);
const number = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A measure's rules and records, for a statement with the measure as `m`. */
export const MEASURE_PROGRESS_FIELDS = `{key: m.key, direction: m.direction, tolerance: m.tolerance, baseline: m.baseline,
  baselinePeriod: m.baselinePeriod, illustrative: coalesce(m.progressIllustrative, m.illustrative, false),
  values: [(m)-[:HAS_VALUE]->(v:MeasureValue) WHERE v.retiredAt IS NULL | properties(v)],
  targets: [(m)-[:HAS_TARGET]->(t:MeasureTarget) WHERE t.retiredAt IS NULL | properties(t)]}`;

type MeasureProgressRow = { key: string; direction: string | null; tolerance: unknown; baseline: unknown; baselinePeriod: string | null; illustrative: boolean; values: Stored[]; targets: Stored[] };

const toValue = (key: string, v: Stored): MeasureValueRecord => ({
  id: String(v.id), measureKey: key, period: String(v.period), value: Number(v.value), source: text(v.source), note: text(v.note),
  recordedAt: String(v.recordedAt), recordedBy: String(v.recordedBy), supersedes: text(v.supersedes), supersededAt: text(v.supersededAt), illustrative: v.illustrative === true,
});

const toTarget = (key: string, t: Stored): MeasureTargetRecord => ({
  id: String(t.id), measureKey: key, period: String(t.period), target: Number(t.target), setAt: String(t.setAt), setBy: String(t.setBy),
  supersededAt: text(t.supersededAt), illustrative: t.illustrative === true,
});

export const toMeasureProgress = (r: MeasureProgressRow): MeasureProgressModel => ({
  key: r.key, direction: (r.direction as MeasureDirection | null) ?? null, tolerance: number(r.tolerance) ?? 0, baseline: number(r.baseline),
  baselinePeriod: r.baselinePeriod, illustrative: r.illustrative, values: r.values.map((v) => toValue(r.key, v)), targets: r.targets.map((t) => toTarget(r.key, t)),
});

export const toUpdate = (actionKey: string, u: Stored): ActionUpdateModel => ({
  id: String(u.id), actionKey, period: String(u.period), status: String(u.status) as ActionStatus, commentary: String(u.commentary),
  revisedDate: text(u.revisedDate), recordedAt: String(u.recordedAt), recordedBy: String(u.recordedBy), illustrative: u.illustrative === true,
});

export async function findMeasureProgress(db: Executor, keys: readonly string[]): Promise<MeasureProgressModel[]> {
  const rows = await db.read<{ p: MeasureProgressRow }>('progress.measureProgress', `MATCH (m:Measure) WHERE m.key IN $keys RETURN ${MEASURE_PROGRESS_FIELDS} AS p`, { keys });
  return rows.map((r) => toMeasureProgress(r.p));
}

export async function findUpdatesOfActions(db: Executor, keys: readonly string[]): Promise<ActionUpdateModel[]> {
  const rows = await db.read<{ key: string; u: Stored }>(
    'progress.updatesOfActions',
    `MATCH (a:Action)-[:HAS_UPDATE]->(u:ActionUpdate) WHERE a.key IN $keys AND u.retiredAt IS NULL RETURN a.key AS key, properties(u) AS u ORDER BY u.recordedAt DESC`,
    { keys },
  );
  return rows.map((r) => toUpdate(r.key, r.u));
}

/** An action below an item, with what a roll-up needs of it. */
export interface TrackedAction { key: string; code: string; ownerKey: string | null; subOutcomeKey: string | null; order: number; updates: ActionUpdateModel[] }
/** A measure judging an item or something below it, with its records. */
export interface TrackedMeasure { key: string; name: string; unit: string | null; judgedKey: string; subOutcomeKey: string | null; order: number; progress: MeasureProgressModel }
/** Everything below one item that its progress is counted from. */
export interface RollUpInputs {
  key: string;
  typeName: string;
  actions: TrackedAction[];
  measures: TrackedMeasure[];
  lines: SavingsLineRef[];
  /** The sub-outcomes below (or the item itself, when it is one), in the plan's order. */
  subOutcomes: { key: string; code: string; name: string; citation: CitationModel | null }[];
}

type RollUpRow = {
  key: string; labels: string[];
  actions: { key: string; code: string; ownerKey: string | null; subKey: string | null; order: unknown; updates: Stored[] }[];
  measureLists: { key: string; name: string; unit: string | null; judgedKey: string; subKey: string | null; order: unknown; p: MeasureProgressRow }[][];
  lineLists: { key: string; reference: string; description: string | null; status: string; illustrative: boolean; reachesKey: string; reachesLabels: string[] }[][];
  subs: { key: string; code: string; name: string; props: Stored }[];
};

/**
 * For each item (a plan, outcome, sub-outcome or aim): the current items of its tree below it, and of them the
 * actions with every update, the measures with every value and target, the savings lines with a current share
 * to it or below it. One statement for any number of items and records.
 */
export async function findRollUpInputs(db: Executor, keys: readonly string[]): Promise<RollUpInputs[]> {
  const rows = await db.read<RollUpRow>(
    'progress.rollUpInputs',
    `MATCH (x:Item) WHERE x.key IN $keys
     CALL (x) {
       MATCH path = (x)-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION*0..4]->(d)
       WHERE all(n IN nodes(path) WHERE n.retiredAt IS NULL)
       RETURN collect(DISTINCT d) AS below
     }
     RETURN x.key AS key, labels(x) AS labels,
       [d IN below WHERE d:Action | {key: d.key, code: d.code, order: coalesce(d.order, 0),
          ownerKey: [(d)-[:OWNED_BY]->(o:Organisation) | o.key][0],
          subKey: [(s:SubOutcome)-[:HAS_AIM|HAS_ACTION*1..2]->(d) WHERE s.retiredAt IS NULL | s.key][0],
          updates: [(d)-[:HAS_UPDATE]->(u:ActionUpdate) WHERE u.retiredAt IS NULL | properties(u)]}] AS actions,
       [d IN below WHERE NOT d:Action | [(d)-[:MEASURED_BY]->(m:Measure) WHERE m.retiredAt IS NULL |
          {key: m.key, name: m.name, unit: m.unit, judgedKey: d.key,
          subKey: CASE WHEN d:SubOutcome THEN d.key ELSE [(s:SubOutcome)-[:HAS_AIM]->(d) | s.key][0] END, order: coalesce(m.order, 1000000), p: ${MEASURE_PROGRESS_FIELDS}}]] AS measureLists,
       [d IN below WHERE d:Outcome OR d:SubOutcome | [(d)<-[a:AFFECTS]-(l:SavingsLine) WHERE a.retiredAt IS NULL AND l.retiredAt IS NULL |
          {key: l.key, reference: l.reference, description: l.description, status: l.status, illustrative: coalesce(l.illustrative, false), reachesKey: d.key, reachesLabels: labels(d)}]] AS lineLists,
       [d IN below WHERE d:SubOutcome | {key: d.key, code: d.code, name: d.name, props: properties(d)}] AS subs`,
    { keys },
  );
  return rows.map(toRollUpInputs);
}

function toRollUpInputs(r: RollUpRow): RollUpInputs {
  // A measure judging two items below this one is counted once.
  const measures = new Map<string, TrackedMeasure>();
  for (const m of r.measureLists.flat()) if (!measures.has(m.key)) measures.set(m.key, { key: m.key, name: m.name, unit: m.unit, judgedKey: m.judgedKey, subOutcomeKey: m.subKey, order: Number(m.order), progress: toMeasureProgress(m.p) });
  const lines = new Map<string, SavingsLineRef>();
  for (const l of r.lineLists.flat()) if (!lines.has(l.key)) lines.set(l.key, { key: l.key, reference: String(l.reference), description: l.description, status: l.status, illustrative: l.illustrative, reachesKey: l.reachesKey, reachesType: typeNameOf(l.reachesLabels) ?? 'Outcome' });
  return {
    key: r.key, typeName: typeNameOf(r.labels) ?? 'StrategicPlan',
    actions: r.actions.map((a) => ({ key: a.key, code: a.code, ownerKey: a.ownerKey, subOutcomeKey: a.subKey, order: Number(a.order), updates: a.updates.map((u) => toUpdate(a.key, u)) }))
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
    measures: [...measures.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key)),
    lines: [...lines.values()].sort((a, b) => a.key.localeCompare(b.key)),
    subOutcomes: r.subs.map((x) => ({ key: x.key, code: String(x.code), name: String(x.name), citation: citationOf(x.props) }))
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
  };
}

/** The outcomes a board monitors (MONITORED_BY), in their plan's order, with the papers' words for it. */
export async function findBoardOutcomes(db: Executor, boardKey: string): Promise<{ found: boolean; outcomeKeys: string[]; basis: CitationModel[] }> {
  const rows = await db.read<{ found: boolean; outcomes: { key: string; order: unknown; m: Stored }[] }>(
    'progress.boardOutcomes',
    `OPTIONAL MATCH (board:Organisation {key: $board})
     RETURN board IS NOT NULL AS found,
       [(o:Outcome)-[m:MONITORED_BY]->(board) WHERE o.retiredAt IS NULL AND m.retiredAt IS NULL | {key: o.key, order: coalesce(o.order, 0), m: properties(m)}] AS outcomes`,
    { board: boardKey },
  );
  const r = rows[0]!;
  const outcomes = [...r.outcomes].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  const basis = new Map<string, CitationModel>();
  for (const o of outcomes) {
    const c = citationOf(o.m);
    if (c) basis.set(`${c.sourceKey}\u0000${c.at}\u0000${c.quote}`, c);
  }
  return { found: r.found, outcomeKeys: outcomes.map((o) => o.key), basis: [...basis.values()] };
}
