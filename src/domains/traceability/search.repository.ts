/** Cypher for text search over the thread (Neo4j's full-text index, Lucene syntax escaped). */
import type { Executor } from '../../neo4j/database.js';
import { typeNameOf } from '../nodes/item-types.js';
import type { Stored } from '../provenance/provenance.models.js';
import { citationOf } from '../provenance/provenance.models.js';
import type { SearchHitModel } from './traceability.models.js';
import { itemRef, type NodeRef } from './traceability.records.js';

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

const SEARCH_FIELDS = ['name', 'text', 'statement', 'title', 'description', 'citationQuote', 'narrative'] as const;

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
       OPTIONAL MATCH trail = (root)-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION|HAS_THEME|HAS_SUB_THEME|HAS_PRINCIPLE|HAS_APPROACH|HAS_OBJECTIVE|HAS_SECTION|HAS_COMPONENT*0..5]->(item)
       WHERE NOT EXISTS { MATCH ()-[:HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION|HAS_THEME|HAS_SUB_THEME|HAS_PRINCIPLE|HAS_APPROACH|HAS_OBJECTIVE|HAS_SECTION|HAS_COMPONENT]->(root) }
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
      // The field holding most of the words (the first such in SEARCH_FIELDS): a long narrative that has them all
      // beats a statement that shares one short word.
      const hits = (f: (typeof SEARCH_FIELDS)[number]) => (typeof r.matched[f] === 'string' ? terms.filter((t) => (r.matched[f] as string).toLowerCase().includes(t)).length : 0);
      const best = SEARCH_FIELDS.reduce((top, f) => (hits(f) > hits(top) ? f : top), SEARCH_FIELDS[0]);
      const field = r.matchedIsAlias ? 'alias' : hits(best) > 0 ? best : 'name';
      const matchedText = String(r.matchedIsAlias ? r.matched.text : r.matched[field] ?? r.matched.name ?? r.matched.title ?? '');
      return {
        item: itemRef(r.item), score: r.score, matchedText, matchedField: field,
        citation: citationOf(r.matchedIsAlias ? r.matched : r.props), trail: (r.trail ?? []).map(itemRef),
      };
    });
  return { total: row?.total ?? 0, totalIsExact: (row?.raw ?? 0) < limit, hits };
}
