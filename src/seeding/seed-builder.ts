/**
 * The seed compiler's workbench: nodes and links by key, each with the place in the files it came from,
 * citations checked against their papers as they are added, and references checked once everything is in.
 * The per-file compilers (seed-plans.ts, seed-records.ts, ...) all write through it.
 */
import { createHash } from 'node:crypto';
import { QuoteFinder } from './quote-finder.js';
import type { AliasInput, CitationInput, StatedInput } from './seed-files.schema.js';
import type { SeedSet } from './read-seed-files.js';
import type { SeedProblem } from './seed-problem.js';
import { SEED_LABELS, type PropertyValue, type SeedGraph, type SeedLabel, type SeedLink, type SeedNode } from './seed-graph-types.js';

export interface Place {
  file: string;
  record: string;
  line?: number;
}

/** A link whose basis is CITED, kept for the rule that its quote states it (cited-links.ts). */
export interface CitedLink {
  link: SeedLink;
  place: Place;
  quote: string;
  source: string;
  stated: StatedInput | undefined;
}

type Props = Record<string, PropertyValue | undefined>;

const clean = (props: Props): Record<string, PropertyValue> =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Record<string, PropertyValue>;

export class SeedBuilder {
  readonly nodes = new Map<string, SeedNode>();
  readonly nodePlaces = new Map<string, Place>();
  readonly links: SeedLink[] = [];
  readonly linkPlaces = new Map<SeedLink, Place>();
  readonly citedLinks: CitedLink[] = [];
  private readonly pendingRefs: { key: string; place: Place; field: string; allowed?: SeedLabel[] }[] = [];
  private readonly finders: Map<string, QuoteFinder>;
  private readonly sourceFiles: Map<string, string>;

  constructor(readonly seeds: SeedSet, readonly problems: SeedProblem[]) {
    this.finders = new Map([...seeds.sourceTexts].map(([k, text]) => [k, new QuoteFinder(text)]));
    this.sourceFiles = new Map(seeds.sources.sources.map((s) => [s.key, s.file]));
  }

  /** A record's place: its file, a label for it, and its line when the file's parse gives one. */
  place(file: string, at: (string | number)[], record: string): Place {
    return { file, record, line: this.seeds.lineOf(file, at) };
  }

  problem(place: Place, field: string | undefined, message: string): void {
    this.problems.push({ ...place, field, message });
  }

  /** The citation as node or link properties; a quote not in its paper is a problem. */
  cite(citation: CitationInput | undefined, place: Place, field = 'citation', prefix = 'citation'): Props {
    if (!citation) return {};
    const finder = this.finders.get(citation.source);
    if (!finder) {
      this.problem(place, `${field}.source`, `unknown source "${citation.source}"; use a key from seeds/sources.yaml`);
      return {};
    }
    const line = finder.lineOf(citation.quote);
    if (line === undefined) {
      this.problem(place, `${field}.quote`,
        `quote not found in seeds/${this.sourceFiles.get(citation.source)}: "${citation.quote}" (copy it verbatim from the paper; only whitespace may differ)`);
    }
    return {
      [`${prefix}Source`]: citation.source,
      [`${prefix}At`]: citation.at,
      [`${prefix}Quote`]: QuoteFinder.normalise(citation.quote),
      [`${prefix}Line`]: line ?? null,
    };
  }

  addNode(key: string, labels: SeedLabel[], props: Props, place: Place): void {
    const existing = this.nodePlaces.get(key);
    if (existing) {
      this.problem(place, 'key', `duplicate key "${key}": also used by ${existing.file} ${existing.record}`);
      return;
    }
    this.nodes.set(key, { key, labels, props: { key, ...clean(props) } });
    this.nodePlaces.set(key, place);
  }

  addLink(type: string, from: string, to: string, props: Props, place: Place, discriminator = ''): SeedLink {
    const link = { key: `${from}-[${type}${discriminator}]->${to}`, type, from, to, props: clean(props) };
    this.links.push(link);
    this.linkPlaces.set(link, place);
    this.pendingRefs.push({ key: from, place, field: 'from' }, { key: to, place, field: 'to' });
    return link;
  }

  /** Records a CITED link for the rule that its quote must state it. */
  citedLink(link: SeedLink, citation: CitationInput | undefined, stated: StatedInput | undefined, place: Place): void {
    if (citation) this.citedLinks.push({ link, place, quote: citation.quote, source: citation.source, stated });
  }

  addAliases(owner: string, aliases: AliasInput[], place: Place): void {
    aliases.forEach((alias, i) => {
      const aliasPlace = { ...place, record: `${place.record}.aliases[${i}]` };
      const key = `${owner}#alias-${i + 1}`;
      this.addNode(key, ['Alias'], { text: alias.text, kind: alias.kind, note: alias.note, ...this.cite(alias.citation, aliasPlace) }, aliasPlace);
      this.addLink('ALIAS_OF', key, owner, {}, aliasPlace);
    });
  }

  /** A reference to check once every record is in, optionally to an item of given labels. */
  expect(key: string, place: Place, field: string, allowed?: SeedLabel[]): void {
    this.pendingRefs.push({ key, place, field, allowed });
  }

  /** Checks the references and duplicate links; the batch, sorted and checksummed, when nothing is wrong. */
  finish(): SeedGraph | undefined {
    for (const pending of this.pendingRefs) {
      const node = this.nodes.get(pending.key);
      if (!node) {
        this.problem(pending.place, pending.field, `unknown reference "${pending.key}": no record has this key`);
      } else if (pending.allowed && !pending.allowed.some((l) => node.labels.includes(l))) {
        this.problem(pending.place, pending.field, `"${pending.key}" is a ${node.labels.join('/')}, expected ${pending.allowed.join(' or ')}`);
      }
    }
    const seenLinks = new Set<string>();
    for (const link of this.links) {
      if (seenLinks.has(link.key)) this.problems.push({ ...this.linkPlaces.get(link)!, message: `the same link (${link.key}) is stated twice; keep one` });
      seenLinks.add(link.key);
    }
    if (this.problems.length) return undefined;
    for (const node of this.nodes.values()) {
      for (const label of node.labels) if (!(SEED_LABELS as readonly string[]).includes(label)) throw new Error(`seed label "${label}" is not one of SEED_LABELS`);
    }
    const sortedNodes = [...this.nodes.values()].sort((a, b) => a.key.localeCompare(b.key));
    const sortedLinks = [...this.links].sort((a, b) => a.key.localeCompare(b.key));
    const checksum = createHash('sha256').update(JSON.stringify([sortedNodes, sortedLinks])).digest('hex');
    return { nodes: sortedNodes, links: sortedLinks, checksum };
  }
}
