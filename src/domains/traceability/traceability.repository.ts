/**
 * Cypher for the traceability questions about support: supporting actions and actions that support nothing
 * (coverage: coverage.repository.ts; unlisted support: unlisted-support.repository.ts; lineage:
 * lineage.repository.ts; paths and neighbours: thread-walks.repository.ts; search: search.repository.ts). Each function is one statement, batched over many keys where a loader calls it.
 */
import type { Executor } from '../../neo4j/database.js';
import type { AimModel } from '../plans/plans.models.js';
import { ACTION_PLACE_FIELDS, actionFromRow, toAim, type ActionRow } from '../plans/plans.records.js';
import { SOURCE_FIELDS, type SourceDocumentModel, type Stored } from '../provenance/provenance.models.js';
import type { SupportingActionModel } from './traceability.models.js';
import { linkFacts } from './traceability.records.js';

/** A question about an outcome or sub-outcome, now or as the thread stood at a moment (ISO 8601, UTC). */
export interface SupportQuestion {
  key: string;
  asOf: string | null;
}

/**
 * Whether a node or link `x` existed at `question.asOf`: made by then (seed data, with no `createdAt`, always
 * was) and not yet retired. Compared as datetimes, not text: stored times carry 0 to 9 fractional digits, and
 * "…01.12Z" sorts after "…01.120Z" as text.
 */
export const EXISTED = (x: string) =>
  `(q.asOf IS NULL AND ${x}.retiredAt IS NULL OR q.asOf IS NOT NULL
     AND (${x}.createdAt IS NULL OR datetime(toString(${x}.createdAt)) <= datetime(q.asOf))
     AND (${x}.retiredAt IS NULL OR datetime(toString(${x}.retiredAt)) > datetime(q.asOf)))`;

/**
 * Actions supporting outcomes or sub-outcomes: listed under the sub-outcome's aims, listed directly under
 * it, or linked to it (or to the outcome) from elsewhere by a SUPPORTS link. For an outcome, its
 * sub-outcomes' actions count. Ordered as the plan lists them, linked ones last. With `asOf`, the answer
 * as it stood then: links and items made later, or retired by then, are left out.
 */
export async function findSupportingActions(db: Executor, questions: readonly SupportQuestion[]): Promise<{ support: SupportingActionModel & { question: number }; aim: AimModel | null; source: SourceDocumentModel | null }[]> {
  const rows = await db.read<ActionRow & { question: number; targetKey: string; how: SupportingActionModel['how']; viaSub: string | null; viaAim: string | null; link: Stored | null;
    aim: Stored | null; aimSub: string | null; source: SourceDocumentModel | null }>(
    'traceability.supportingActions',
    `UNWIND $questions AS q
     MATCH (t:Item {key: q.key}) WHERE t:Outcome OR t:SubOutcome
     CALL (t, q) {
       MATCH (t)-[:HAS_SUB_OUTCOME*0..1]->(s:SubOutcome)-[:HAS_AIM]->(aim:Aim)-[:HAS_ACTION]->(a:Action)
       WHERE ${EXISTED('s')} AND ${EXISTED('aim')} AND ${EXISTED('a')}
       RETURN a, s.key AS viaSub, aim.key AS viaAim, aim, 'UNDER_AIM' AS how, null AS link, s.order * 1000000 + aim.order * 1000 + coalesce(a.order, 999) AS rank
       UNION ALL
       MATCH (t)-[:HAS_SUB_OUTCOME*0..1]->(s:SubOutcome)-[:HAS_ACTION]->(a:Action)
       WHERE ${EXISTED('s')} AND ${EXISTED('a')}
       RETURN a, s.key AS viaSub, null AS viaAim, null AS aim, 'UNDER_SUB_OUTCOME' AS how, null AS link, s.order * 1000000 + 999000 + coalesce(a.order, 999) AS rank
       UNION ALL
       MATCH (t)-[:HAS_SUB_OUTCOME*0..1]->(s)<-[l:SUPPORTS]-(a:Action)
       WHERE (s:SubOutcome OR s:Outcome) AND ${EXISTED('s')} AND ${EXISTED('l')} AND ${EXISTED('a')}
       RETURN a, CASE WHEN s:SubOutcome THEN s.key END AS viaSub, null AS viaAim, null AS aim, 'LINKED' AS how, properties(l) AS link, 1000000000 AS rank
     }
     // The edge's aim and the paper its citation quotes come along, so the answer needs no second round trip.
     WITH q, t, a, how, viaSub, viaAim, aim, link, rank,
          CASE WHEN how = 'LINKED' THEN link.citationSource ELSE a.citationSource END AS sourceKey
     RETURN q.index AS question, t.key AS targetKey, properties(a) AS a, ${ACTION_PLACE_FIELDS}, how, viaSub, viaAim, link,
            properties(aim) AS aim, [(x:SubOutcome)-[:HAS_AIM]->(aim) | x.key][0] AS aimSub,
            COLLECT { MATCH (s:SourceDocument {key: sourceKey}) RETURN s ${SOURCE_FIELDS} }[0] AS source
     ORDER BY question, rank, a.key`,
    { questions: questions.map((q, index) => ({ index, key: q.key, asOf: q.asOf })) },
  );
  return rows.map((r) => ({
    support: {
      question: r.question,
      targetKey: r.targetKey,
      action: actionFromRow(r),
      how: r.how,
      subOutcomeKey: r.viaSub,
      aimKey: r.viaAim,
      link: r.link ? linkFacts('SUPPORTS', r.link) : null,
    },
    aim: r.aim && r.aimSub ? toAim(r.aimSub, r.aim) : null,
    source: r.source,
  }));
}

/** Actions of a plan that support nothing: in the plan (by `planKey`) but under no aim or sub-outcome, and linked to nothing. */
export async function findActionsSupportingNothing(db: Executor, planKeys: readonly string[]) {
  const rows = await db.read<ActionRow & { planKey: string }>(
    'traceability.actionsSupportingNothing',
    `MATCH (a:Action) WHERE a.planKey IN $keys AND a.retiredAt IS NULL
       AND NOT EXISTS { MATCH (p:Aim|SubOutcome)-[:HAS_ACTION]->(a) WHERE p.retiredAt IS NULL }
       AND NOT EXISTS { MATCH (a)-[l:SUPPORTS]->(t) WHERE l.retiredAt IS NULL AND t.retiredAt IS NULL }
     RETURN a.planKey AS planKey, properties(a) AS a, ${ACTION_PLACE_FIELDS} ORDER BY a.key`,
    { keys: planKeys },
  );
  return rows.map((r) => ({ planKey: r.planKey, action: actionFromRow(r) }));
}
