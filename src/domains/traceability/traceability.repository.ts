/**
 * Cypher for the traceability questions: supporting actions, coverage gaps, lineage, paths and search. Each
 * function is one statement, batched over many keys where a loader calls it.
 */
import neo4j from 'neo4j-driver';
import type { Executor } from '../../neo4j/database.js';
import { integerArgument } from '../../shared/errors.js';
import { typeNameOf } from '../nodes/item-types.js';
import { ACTION_PLACE_FIELDS, actionFromRow, type ActionRow } from '../plans/plans.repository.js';
import { toAim, toOutcome, toSubOutcome, type Stored } from '../plans/plans.records.js';
import type { AimModel, OutcomeModel, SubOutcomeModel } from '../plans/plans.models.js';
import { SOURCE_FIELDS } from '../provenance/provenance.repository.js';
import type { SourceDocumentModel } from '../provenance/provenance.models.js';
import { citationOf } from '../provenance/provenance.models.js';
import {
  SUPPORT_TYPES,
  type ItemRef,
  type LineageStepModel,
  type LinkFactsModel,
  type NeighbourModel,
  type PathModel,
  type SearchHitModel,
  type SubOutcomeCoverageModel,
  type SupportingActionModel,
} from './traceability.models.js';

type NodeRef = { key: string; labels: string[] };

function itemRef(node: NodeRef): ItemRef {
  return { key: node.key, typeName: typeNameOf(node.labels) ?? 'Document' };
}

export function linkFacts(kind: string, p: Stored | null): LinkFactsModel {
  const at = p?.createdAt;
  return {
    kind,
    status: (p?.status as string) ?? null,
    basis: (p?.basis as string) ?? null,
    rationale: (p?.rationale as string) ?? (p?.note as string) ?? null,
    citation: p ? citationOf(p) : null,
    createdBy: (p?.createdBy as string) ?? null,
    createdAt: at == null ? null : String(at),
  };
}

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
const EXISTED = (x: string) =>
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

/**
 * For every sub-outcome of the plans, which kinds of support it has. Outcomes without sub-outcomes appear
 * once with a null sub-outcome. Kinds whose data has not been loaded (measures, partner priorities,
 * business-plan commitments) are simply absent, not an error.
 */
export async function findCoverage(db: Executor, questions: readonly SupportQuestion[]): Promise<{ coverage: SubOutcomeCoverageModel & { question: number }; outcome: OutcomeModel; subOutcome: SubOutcomeModel | null }[]> {
  const rows = await db.read<{ question: number; planKey: string; outcomeKey: string; subOutcomeKey: string | null; o: Stored; s: Stored | null } & Record<string, boolean>>(
    'traceability.coverage',
    `UNWIND $questions AS q
     MATCH (p:StrategicPlan {key: q.key})-[:HAS_OUTCOME]->(o:Outcome) WHERE ${EXISTED('o')}
     OPTIONAL MATCH (o)-[:HAS_SUB_OUTCOME]->(s:SubOutcome) WHERE ${EXISTED('s')}
     WITH q, p, o, s ORDER BY q.index, o.order, s.order
     RETURN q.index AS question, p.key AS planKey, o.key AS outcomeKey, s.key AS subOutcomeKey, properties(o) AS o, properties(s) AS s,
       s IS NOT NULL AND EXISTS { MATCH (s)-[:HAS_AIM]->(x:Aim) WHERE ${EXISTED('x')} } AS AIM,
       s IS NOT NULL AND (EXISTS { MATCH (s)-[:HAS_ACTION]->(x:Action) WHERE ${EXISTED('x')} }
         OR EXISTS { MATCH (s)-[:HAS_AIM]->(y:Aim)-[:HAS_ACTION]->(x:Action) WHERE ${EXISTED('y')} AND ${EXISTED('x')} }
         OR EXISTS { MATCH (s)<-[l:SUPPORTS]-(x:Action) WHERE ${EXISTED('l')} AND ${EXISTED('x')} }) AS ACTION,
       s IS NOT NULL AND (EXISTS { MATCH (s)-[:OWNED_BY]->(:Organisation) }
         OR EXISTS { MATCH (s)-[:HAS_AIM|HAS_ACTION*1..2]->(x:Action)-[:OWNED_BY]->(:Organisation) WHERE ${EXISTED('x')} }) AS OWNER,
       s IS NOT NULL AND (EXISTS { MATCH (s)-[:MEASURED_BY]->(m) WHERE ${EXISTED('m')} }
         OR EXISTS { MATCH (s)-[:HAS_AIM]->(y:Aim)-[:MEASURED_BY]->(m) WHERE ${EXISTED('y')} AND ${EXISTED('m')} }) AS MEASURE,
       s IS NOT NULL AND EXISTS { MATCH (s)<-[l:ALIGNS_WITH]-(priority) WHERE ${EXISTED('l')} AND ${EXISTED('priority')} } AS PARTNER_PRIORITY,
       s IS NOT NULL AND EXISTS { MATCH (s)-[:HAS_AIM|HAS_ACTION*0..2]->(x)<-[l:DELIVERS]-(c) WHERE ${EXISTED('x')} AND ${EXISTED('l')} AND ${EXISTED('c')} }
         AS BUSINESS_PLAN_COMMITMENT`,
    { questions: questions.map((q, index) => ({ index, key: q.key, asOf: q.asOf })) },
  );
  return rows.map((r) => ({
    coverage: {
      question: r.question,
      planKey: r.planKey,
      outcomeKey: r.outcomeKey,
      subOutcomeKey: r.subOutcomeKey,
      has: Object.fromEntries(SUPPORT_TYPES.map((t) => [t, r[t] === true])) as SubOutcomeCoverageModel['has'],
    },
    // The rows hold the items themselves, so the gaps' `outcome` and `subOutcome` need no statement of their own.
    outcome: toOutcome(r.planKey, r.o),
    subOutcome: r.s ? toSubOutcome(r.outcomeKey, r.s) : null,
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

/**
 * Every SUCCEEDED_BY step reachable from the items, forwards (what they became) and backwards (what they
 * came from), across all plan generations. Traversal stops at documents (a NEW item's "predecessor" is the
 * previous plan itself; it is not followed further).
 */
export async function findLineage(db: Executor, itemKeys: readonly string[]): Promise<LineageStepModel[]> {
  const rows = await db.read<{ askedKey: string; from: NodeRef; to: NodeRef; r: Stored; direction: 'FORWARD' | 'BACKWARD' }>(
    'traceability.lineage',
    `MATCH (i:Item) WHERE i.key IN $keys
     CALL (i) {
       MATCH path = (i)-[:SUCCEEDED_BY*1..6]->(x)
       WHERE all(n IN nodes(path)[1..-1] WHERE NOT n:Document) AND all(r IN relationships(path) WHERE r.retiredAt IS NULL)
       UNWIND relationships(path) AS r
       RETURN DISTINCT r, 'FORWARD' AS direction
       UNION
       MATCH path = (x)-[:SUCCEEDED_BY*1..6]->(i)
       WHERE all(n IN nodes(path)[1..-1] WHERE NOT n:Document) AND all(r IN relationships(path) WHERE r.retiredAt IS NULL)
       UNWIND relationships(path) AS r
       RETURN DISTINCT r, 'BACKWARD' AS direction
     }
     WITH i, r, direction WHERE r.retiredAt IS NULL
     WITH i, r, direction, startNode(r) AS a, endNode(r) AS b
     RETURN i.key AS askedKey, {key: a.key, labels: labels(a)} AS from, {key: b.key, labels: labels(b)} AS to,
            properties(r) AS r, direction
     ORDER BY askedKey, direction DESC, from.key, to.key`,
    { keys: itemKeys },
  );
  return rows.map((r) => ({
    askedKey: r.askedKey, from: itemRef(r.from), to: itemRef(r.to), direction: r.direction, link: linkFacts(String(r.r.kind ?? 'SUCCEEDED_BY'), r.r),
  }));
}

export const MAX_PATH_DEPTH = 6;
export const MAX_PATHS = 100;

/**
 * Every path between two items of up to `maxDepth` links, in either direction, through thread items only
 * (not through a Strategic Plan, a board or a paper, which would connect everything to everything).
 */
export async function findPaths(db: Executor, fromKey: string, toKey: string, maxDepth: number, limit: number): Promise<PathModel[]> {
  // A variable-length bound cannot be a parameter: it is checked to be a small integer and written in.
  integerArgument('maxDepth', maxDepth, 1, MAX_PATH_DEPTH);
  const rows = await db.read<{ nodes: NodeRef[]; links: { type: string; start: string; p: Stored; child: Stored }[] }>(
    'traceability.paths',
    `MATCH (a:Item {key: $from}), (b:Item {key: $to})
     MATCH p = (a)-[*1..${maxDepth}]-(b)
     WHERE all(n IN nodes(p)[1..-1] WHERE (n:Outcome OR n:SubOutcome OR n:Aim OR n:Action OR n:Theme OR n:SubTheme
             OR (n:Document AND NOT n:StrategicPlan) OR n:PartnerPriority)
             AND n.retiredAt IS NULL)
       AND all(r IN relationships(p) WHERE r.retiredAt IS NULL AND NOT type(r) IN ['ALIAS_OF', 'HELD', 'DECIDED', 'MONITORED_BY', 'OWNED_BY'])
     WITH p ORDER BY length(p) LIMIT $limit
     RETURN [n IN nodes(p) | {key: n.key, labels: labels(n)}] AS nodes,
            [r IN relationships(p) | {type: type(r), start: startNode(r).key, p: properties(r),
              child: {citationSource: endNode(r).citationSource, citationAt: endNode(r).citationAt,
                      citationQuote: endNode(r).citationQuote, citationLine: endNode(r).citationLine}}] AS links`,
    // JS numbers travel as floats; LIMIT needs an integer.
    { from: fromKey, to: toKey, limit: neo4j.int(limit) },
  );
  return rows.map((row) => {
    const nodes = row.nodes.map(itemRef);
    return {
      nodes,
      steps: row.links.map((link, i) => ({
        from: nodes[i]!,
        to: nodes[i + 1]!,
        forward: link.start === nodes[i]!.key,
        // A structural link (Aim HAS_ACTION Action) is stated where the paper lists the child: its citation serves.
        link: linkFacts(
          link.p.kind && link.type === 'SUCCEEDED_BY' ? String(link.p.kind) : link.type,
          link.type.startsWith('HAS_') && !link.p.citationQuote ? { ...link.p, ...link.child } : link.p,
        ),
      })),
    };
  });
}

/** Links the neighbours question leaves out: aliases, meetings and decisions are not thread items. */
const NOT_NEIGHBOUR_LINKS = ['ALIAS_OF', 'HELD', 'DECIDED'];

/**
 * Every item one link away from each asked item, in either direction, with the link's facts: for exploring
 * the thread a step at a time. Retired items and links are left out; so are nodes no GraphQL type serves.
 */
export async function findNeighbours(db: Executor, keys: readonly string[]): Promise<NeighbourModel[]> {
  const rows = await db.read<{ askedKey: string; other: NodeRef; type: string; forward: boolean; p: Stored; child: Stored }>(
    'traceability.neighbours',
    `MATCH (a:Item) WHERE a.key IN $keys AND a.retiredAt IS NULL
     MATCH (a)-[r]-(b:Item)
     WHERE b.retiredAt IS NULL AND r.retiredAt IS NULL AND NOT type(r) IN $excluded
     RETURN a.key AS askedKey, {key: b.key, labels: labels(b)} AS other, type(r) AS type, startNode(r) = a AS forward,
            properties(r) AS p,
            {citationSource: endNode(r).citationSource, citationAt: endNode(r).citationAt,
             citationQuote: endNode(r).citationQuote, citationLine: endNode(r).citationLine} AS child
     ORDER BY askedKey, type, other.key`,
    { keys, excluded: NOT_NEIGHBOUR_LINKS },
  );
  return rows
    .filter((r) => typeNameOf(r.other.labels))
    .map((r) => ({
      askedKey: r.askedKey,
      item: itemRef(r.other),
      forward: r.forward,
      // As for paths: a structural link is stated where the paper lists the child, so its citation serves.
      link: linkFacts(
        r.p.kind && r.type === 'SUCCEEDED_BY' ? String(r.p.kind) : r.type,
        r.type.startsWith('HAS_') && !r.p.citationQuote ? { ...r.p, ...r.child } : r.p,
      ),
    }));
}

/** Lucene's query syntax would turn `air quality (2019)` into an error; every special character is escaped. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
}

/**
 * The words as typed, made into a Lucene query that ranks the exact phrase first, then items with every
 * word, then items with any: "air quality" should find the air-quality action before "Quality Homes".
 */
export function searchQuery(text: string): string {
  // Lower case, so that a typed AND, OR or NOT is a word rather than an operator (the index lower-cases anyway).
  const terms = text.toLowerCase().split(/\s+/).filter(Boolean).map(escapeLucene);
  if (terms.length === 1) return terms[0]!;
  return `"${terms.join(' ')}"^4 OR (${terms.join(' AND ')})^2 OR (${terms.join(' ')})`;
}

const SEARCH_FIELDS = ['name', 'text', 'statement', 'title', 'description', 'citationQuote'] as const;

/** A page of search hits and how many there are in all (exact below the count bound, see `searchThread`). */
export interface SearchPage {
  total: number;
  /** False when the index had more matches than it was asked for: `total` is then a lower bound. */
  totalIsExact: boolean;
  hits: SearchHitModel[];
}

/**
 * Full-text search over every text of the thread, best first; an alias hit counts for its item. The index
 * is asked for at most `countBound` matches (or as many as the page needs, if more), so the work does not
 * grow with the graph; only the page's hits get their trails (the walk up to their plan or document).
 */
export async function searchThread(db: Executor, text: string, page: { offset: number; first: number; countBound: number }): Promise<SearchPage> {
  const limit = Math.max(page.countBound, page.offset + page.first + 1);
  type HitRow = { item: NodeRef; props: Stored; score: number; matched: Stored; matchedIsAlias: boolean; trail: NodeRef[] };
  const [row] = await db.read<{ raw: number; total: number; hits: HitRow[] }>(
    'traceability.search',
    `CALL db.index.fulltext.queryNodes('thread_text', $query, {limit: $limit}) YIELD node, score
     WITH collect({node: node, score: score}) AS found
     CALL (found) {
       UNWIND found AS f
       WITH f.node AS node, f.score AS score WHERE node.retiredAt IS NULL
       OPTIONAL MATCH (node:Alias)-[:ALIAS_OF]->(target)
       WITH coalesce(target, node) AS item, node AS matched, score
       WHERE item.retiredAt IS NULL
       WITH item, matched, score ORDER BY score DESC
       WITH item, collect(matched)[0] AS matched, max(score) AS score
       ORDER BY score DESC, item.key
       RETURN collect({item: item, matched: matched, score: score}) AS ranked
     }
     CALL (ranked) {
       UNWIND ranked[$offset..$end] AS hit
       WITH hit.item AS item, hit.matched AS matched, hit.score AS score
       OPTIONAL MATCH trail = (root)-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION|HAS_THEME|HAS_SUB_THEME|HAS_PRINCIPLE|HAS_APPROACH|HAS_OBJECTIVE*0..5]->(item)
       WHERE NOT EXISTS { MATCH ()-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION|HAS_THEME|HAS_SUB_THEME|HAS_PRINCIPLE|HAS_APPROACH|HAS_OBJECTIVE]->(root) }
       WITH item, matched, score, trail ORDER BY score DESC, item.key
       RETURN collect({item: {key: item.key, labels: labels(item)}, props: properties(item), score: score, matched: properties(matched),
                       matchedIsAlias: matched:Alias, trail: [n IN nodes(trail)[0..-1] | {key: n.key, labels: labels(n)}]}) AS hits
     }
     RETURN size(found) AS raw, size(ranked) AS total, hits`,
    { query: searchQuery(text), limit, offset: page.offset, end: page.offset + page.first },
  );
  const terms = text.toLowerCase().split(/\s+/).filter((t) => t.length > 1);
  const hits = (row?.hits ?? [])
    .filter((r) => typeNameOf(r.item.labels))
    .map((r) => {
      const field = r.matchedIsAlias
        ? 'alias'
        : SEARCH_FIELDS.find((f) => typeof r.matched[f] === 'string' && terms.some((t) => (r.matched[f] as string).toLowerCase().includes(t))) ?? 'name';
      const matchedText = String(r.matchedIsAlias ? r.matched.text : r.matched[field] ?? r.matched.name ?? r.matched.title ?? '');
      return {
        item: itemRef(r.item), score: r.score, matchedText, matchedField: field,
        citation: citationOf(r.matchedIsAlias ? r.matched : r.props), trail: (r.trail ?? []).map(itemRef),
      };
    });
  return { total: row?.total ?? 0, totalIsExact: (row?.raw ?? 0) < limit, hits };
}
