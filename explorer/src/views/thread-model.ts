/**
 * What the thread view has on screen: the items and links fetched so far. Expanding an item asks the API for
 * its neighbours (`neighbours(id:)`); restoring a URL asks for the start item and every expanded one in one
 * request per expanded item (see ALIASES_PER_REQUEST), sent side by side.
 */
import { ask } from '../api.js';
import { CITATION_FIELDS, ITEM_FIELDS, type Citation, type Item } from '../items.js';

export interface LinkFacts {
  kind: string;
  status: string | null;
  basis: string | null;
  rationale: string | null;
  createdBy: string | null;
  createdAt: string | null;
  citation: Citation | null;
}

export interface ThreadLink {
  id: string;
  source: string;
  target: string;
  facts: LinkFacts;
}

interface Neighbour {
  forward: boolean;
  item: Item;
  link: LinkFacts;
}

/**
 * Items whose neighbours one request asks for. The server's alias limit (GT_MAX_ALIASES, 15 by default,
 * counted the way GraphQL Armor counts) sees ITEM_FIELDS' six type-disambiguating aliases once per item asked
 * for, fragments included: the start item plus one item's neighbours is 14, so a restore sends one request per
 * expanded item, side by side.
 */
const ALIASES_PER_REQUEST = 1;

const NEIGHBOUR_FIELDS = `forward item { ${ITEM_FIELDS} } link { kind status basis rationale createdBy createdAt ${CITATION_FIELDS} }`;

export class ThreadModel {
  readonly items = new Map<string, Item>();
  readonly links = new Map<string, ThreadLink>();
  /** Items whose neighbours are on screen, in the order they were expanded. */
  readonly expanded: string[] = [];

  /**
   * Loads the start item and the neighbours of each of `ids` (the start item first), ALIASES_PER_REQUEST items
   * to a request, the requests side by side.
   */
  async load(startId: string, ids: string[]): Promise<void> {
    const wanted = [...new Set([startId, ...ids])];
    const chunks = Array.from({ length: Math.ceil(wanted.length / ALIASES_PER_REQUEST) }, (_c, i) => wanted.slice(i * ALIASES_PER_REQUEST, (i + 1) * ALIASES_PER_REQUEST));
    const answers = await Promise.all(chunks.map((chunk, c) => {
      const variables = Object.fromEntries(chunk.map((id, i) => [`i${i}`, id]));
      const query = `query ThreadView(${c === 0 ? '$start: ID!, ' : ''}${chunk.map((_id, i) => `$i${i}: ID!`).join(', ')}) {
        ${c === 0 ? `start: node(id: $start) { ${ITEM_FIELDS} }` : ''}
        ${chunk.map((_id, i) => `n${i}: neighbours(id: $i${i}, first: 500) { ${NEIGHBOUR_FIELDS} }`).join('\n')}
      }`;
      return ask<Record<string, unknown>>(query, c === 0 ? { start: startId, ...variables } : variables);
    }));
    const start = answers[0]!.start;
    if (!start) throw new Error('The item in this link no longer exists; choose another item above.');
    this.items.set(startId, start as Item);
    chunks.forEach((chunk, c) => chunk.forEach((id, i) => this.add(id, answers[c]![`n${i}`] as Neighbour[])));
  }

  /** Fetches and adds the neighbours of one item; returns the ids of the items that are new on screen. */
  async expand(id: string): Promise<string[]> {
    const before = new Set(this.items.keys());
    const data = await ask<{ neighbours: Neighbour[] }>(`query Expand($id: ID!) { neighbours(id: $id, first: 500) { ${NEIGHBOUR_FIELDS} } }`, { id });
    this.add(id, data.neighbours);
    return [...this.items.keys()].filter((k) => !before.has(k));
  }

  private add(id: string, neighbours: Neighbour[]): void {
    if (!this.expanded.includes(id)) this.expanded.push(id);
    for (const n of neighbours) {
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
