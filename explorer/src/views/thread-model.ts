/**
 * What the thread view has on screen: the items and links fetched so far. Expanding an item asks the API for
 * its neighbours (`neighbours(id:)`); restoring a URL asks for the start item and every expanded one in one
 * request per IDS_PER_REQUEST expanded items, sent side by side.
 */
import { ask } from '../api.js';
import { graphql } from '../generated/gql.js';
import type { ExpandQuery } from '../generated/graphql.js';
import type { Item } from '../items.js';

/** What the panel shows of a link: its kind, who made it and why, and its source. */
export type LinkFacts = Neighbour['link'];

export interface ThreadLink {
  id: string;
  source: string;
  target: string;
  facts: LinkFacts;
}

/** A neighbour as both the thread's documents ask for it. */
type Neighbour = ExpandQuery['neighbours'][number];

// The start item is asked for with the first request only (`withStart`); the document is the same for every
// request, so codegen can check it. A neighbour's fields are written out in both documents rather than spread
// from a fragment: each spread counts as a level against the server's depth limit (GT_MAX_DEPTH).
const THREAD = graphql(`query ThreadView($start: ID!, $withStart: Boolean!, $ids: [ID!]!) {
  start: node(id: $start) @include(if: $withStart) { ...ItemFields }
  neighbourhoods(ids: $ids, first: 500) { of neighbours {
    forward item { ...ItemFields } link { kind status basis rationale createdBy createdAt citation { quote at line source { key title body date file } } }
  } }
}`);

const EXPAND = graphql(`query Expand($id: ID!) { neighbours(id: $id, first: 500) {
  forward item { ...ItemFields } link { kind status basis rationale createdBy createdAt citation { quote at line source { key title body date file } } }
} }`);

/** Items one restore asks about in one request (the server's bound on `neighbourhoods(ids:)`). */
const IDS_PER_REQUEST = 100;

export class ThreadModel {
  readonly items = new Map<string, Item>();
  readonly links = new Map<string, ThreadLink>();
  /** Items whose neighbours are on screen, in the order they were expanded. */
  readonly expanded: string[] = [];
  /**
   * Items with no predecessor (a NEW lineage step), and the step. The API states NEW as a step from the
   * earlier plan; drawn so, it reads as if the old plan produced the item, so it is a mark on the item instead.
   */
  readonly newSince = new Map<string, { plan: Item; facts: LinkFacts }>();

  /**
   * Loads the start item and the neighbours of each of `ids` (the start item first) in one request
   * (`neighbourhoods(ids:)`: one field, so the alias limit counts its fragments once), more only past
   * IDS_PER_REQUEST items.
   */
  async load(startId: string, ids: string[]): Promise<void> {
    const wanted = [...new Set([startId, ...ids])];
    const chunks = Array.from({ length: Math.ceil(wanted.length / IDS_PER_REQUEST) }, (_c, i) => wanted.slice(i * IDS_PER_REQUEST, (i + 1) * IDS_PER_REQUEST));
    const answers = await Promise.all(chunks.map((chunk, c) => ask(THREAD, { start: startId, withStart: c === 0, ids: chunk })));
    const start = answers[0]!.start;
    if (!start) throw new Error('The item in this link no longer exists; choose another item above.');
    this.items.set(startId, start);
    for (const answer of answers) for (const { of, neighbours } of answer.neighbourhoods) this.add(of, neighbours);
  }

  /** Fetches and adds the neighbours of one item; returns the ids of the items that are new on screen. */
  async expand(id: string): Promise<string[]> {
    const before = new Set(this.items.keys());
    const data = await ask(EXPAND, { id });
    this.add(id, data.neighbours);
    return [...this.items.keys()].filter((k) => !before.has(k));
  }

  private add(id: string, neighbours: Neighbour[]): void {
    if (!this.expanded.includes(id)) this.expanded.push(id);
    for (const n of neighbours) {
      if (n.link.kind === 'NEW') {
        if (n.item.__typename === 'StrategicPlan') this.newSince.set(id, { plan: n.item, facts: n.link });
        continue;
      }
      if (!this.items.has(n.item.id)) this.items.set(n.item.id, n.item);
      const [source, target] = n.forward ? [id, n.item.id] : [n.item.id, id];
      const linkId = `${source}|${n.link.kind}|${target}`;
      if (!this.links.has(linkId)) this.links.set(linkId, { id: linkId, source, target, facts: n.link });
    }
  }

  kinds(): string[] {
    return [...new Set([...this.links.values()].map((l) => l.facts.kind))].sort();
  }

  linksOf(id: string): ThreadLink[] {
    return [...this.links.values()].filter((l) => l.source === id || l.target === id);
  }
}
