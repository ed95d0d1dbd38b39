/**
 * Turns the validated seed files into one flat batch of graph nodes and links, checking what a schema
 * cannot: duplicate keys, references to keys that do not exist, and quotes that are not in their paper.
 * The batch is what the writer MERGEs, so this file is the single definition of how seeds map to the graph.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Alias, Citation, PartnerPriorityInput } from './seed-files.schema.js';
import { QuoteFinder } from './quote-finder.js';
import { addSavingsLines } from './seed-savings-lines.js';
import type { SeedSet } from './read-seed-files.js';
import type { SeedProblem } from './seed-problem.js';

/** Labels a seed node may carry (fixed here, never taken from input, so they can be written into Cypher). */
export const SEED_LABELS = [
  'SourceDocument',
  'Document',
  'StrategicPlan',
  'Theme',
  'SubTheme',
  'Outcome',
  'SubOutcome',
  'Aim',
  'Action',
  'Principle',
  'Approach',
  'Objective',
  'Organisation',
  'Meeting',
  'FinancialFigure',
  'Alias',
  'PartnerPriority',
  'BusinessPlanCommitment',
  'SavingsLine',
  'CostPressure',
] as const;
export type SeedLabel = (typeof SEED_LABELS)[number];

export type PropertyValue = string | number | boolean | string[] | number[] | null;

export interface SeedNode {
  key: string;
  labels: SeedLabel[];
  props: Record<string, PropertyValue>;
}

export interface SeedLink {
  key: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, PropertyValue>;
}

export interface SeedGraph {
  nodes: SeedNode[];
  links: SeedLink[];
  /** sha256 over the normalised batch: equal batches load to equal graphs. */
  checksum: string;
}

type CitationInput = z.infer<typeof Citation>;
type AliasInput = z.infer<typeof Alias>;

interface Place {
  file: string;
  record: string;
}

export function buildSeedGraph(seeds: SeedSet, problems: SeedProblem[]): SeedGraph | undefined {
  const nodes = new Map<string, SeedNode>();
  const nodePlaces = new Map<string, Place>();
  const links: SeedLink[] = [];
  const pendingRefs: { key: string; place: Place; field: string; allowed?: SeedLabel[] }[] = [];
  const finders = new Map([...seeds.sourceTexts].map(([k, text]) => [k, new QuoteFinder(text)]));
  const sourceFiles = new Map(seeds.sources.sources.map((s) => [s.key, s.file]));

  const cite = (citation: CitationInput | undefined, place: Place, field = 'citation') => {
    if (!citation) return {};
    const finder = finders.get(citation.source);
    if (!finder) {
      problems.push({ ...place, field: `${field}.source`, message: `unknown source "${citation.source}"; use a key from seeds/sources.yaml` });
      return {};
    }
    const line = finder.lineOf(citation.quote);
    if (line === undefined) {
      problems.push({
        ...place,
        field: `${field}.quote`,
        message: `quote not found in seeds/${sourceFiles.get(citation.source)}: "${citation.quote}" (copy it verbatim from the paper; only whitespace may differ)`,
      });
    }
    return {
      citationSource: citation.source,
      citationAt: citation.at,
      citationQuote: QuoteFinder.normalise(citation.quote),
      citationLine: line ?? null,
    };
  };

  const addNode = (key: string, labels: SeedLabel[], props: Record<string, PropertyValue | undefined>, place: Place) => {
    const existing = nodePlaces.get(key);
    if (existing) {
      problems.push({ ...place, field: 'key', message: `duplicate key "${key}": also used by ${existing.file} ${existing.record}` });
      return;
    }
    const clean: Record<string, PropertyValue> = { key };
    for (const [name, value] of Object.entries(props)) if (value !== undefined) clean[name] = value;
    nodes.set(key, { key, labels, props: clean });
    nodePlaces.set(key, place);
  };

  const addLink = (type: string, from: string, to: string, props: Record<string, PropertyValue | undefined>, place: Place, discriminator = '') => {
    const clean: Record<string, PropertyValue> = {};
    for (const [name, value] of Object.entries(props)) if (value !== undefined) clean[name] = value;
    links.push({ key: `${from}-[${type}${discriminator}]->${to}`, type, from, to, props: clean });
    pendingRefs.push({ key: from, place, field: 'from' }, { key: to, place, field: 'to' });
  };

  const addAliases = (owner: string, aliases: AliasInput[], place: Place) => {
    aliases.forEach((alias, i) => {
      const aliasPlace = { ...place, record: `${place.record}.aliases[${i}]` };
      const key = `${owner}#alias-${i + 1}`;
      addNode(key, ['Alias'], { text: alias.text, kind: alias.kind, note: alias.note, ...cite(alias.citation, aliasPlace) }, aliasPlace);
      addLink('ALIAS_OF', key, owner, {}, aliasPlace);
    });
  };

  // Sources: the committee papers themselves.
  seeds.sources.sources.forEach((s, i) =>
    addNode(s.key, ['SourceDocument'], { file: `seeds/${s.file}`, title: s.title, body: s.body, date: s.date },
      { file: 'seeds/sources.yaml', record: `sources[${i}] (${s.key})` }),
  );

  // Organisations, boards and departments.
  seeds.organisations.organisations.forEach((o, i) => {
    const place = { file: 'seeds/organisations.yaml', record: `organisations[${i}] (${o.key})` };
    addNode(o.key, ['Organisation'], { name: o.name, kind: o.kind, note: o.note, ...cite(o.citation, place) }, place);
    if (o.partOf) addLink('PART_OF', o.key, o.partOf, {}, place);
    addAliases(o.key, o.aliases, place);
  });

  // Plans and their outcome trees. Item keys are "<plan key>/<code>", e.g. "2022-26/9.3".
  for (const { file, plan } of seeds.plans) {
    const doc = plan.document;
    const docPlace = { file, record: `document (${doc.key})` };
    const labels: SeedLabel[] = doc.kind === 'STRATEGIC_PLAN' ? ['Document', 'StrategicPlan'] : ['Document'];
    // The API finds plans by period and by key with one loader, so a plan's key must be its period.
    if (doc.kind === 'STRATEGIC_PLAN' && doc.key !== doc.period) {
      problems.push({ ...docPlace, field: 'key', message: `a Strategic Plan's key must be its period ("${doc.period}"), not "${doc.key}"` });
    }
    addNode(doc.key, labels, {
      kind: doc.kind, title: doc.title, period: doc.period, status: doc.status, vision: doc.vision, note: doc.note,
      ...cite(doc.citation, docPlace),
    }, docPlace);
    // The council whose plan it is: plans are looked up by council and period, so the link is the plan's
    // place in a graph of many councils, and like every fact from a paper it quotes the words that state it.
    if (doc.owner && !doc.ownerCitation) {
      problems.push({ ...docPlace, field: 'ownerCitation', message: `an owner needs the quote that makes it "${doc.owner}"'s plan (ownerCitation)` });
    }
    if (doc.owner) addLink('OWNED_BY', doc.key, doc.owner, { ...cite(doc.ownerCitation, docPlace, 'ownerCitation') }, docPlace);

    const child = (code: string) => `${doc.key}/${code}`;
    plan.themes.forEach((theme, t) => {
      const place = { file, record: `themes[${t}] (${theme.code})` };
      addNode(child(theme.code), ['Theme'], { code: theme.code, name: theme.name, priorityCount: theme.priorityCount, order: t + 1, note: theme.note, ...cite(theme.citation, place) }, place);
      addLink('HAS_THEME', doc.key, child(theme.code), {}, place);
      theme.subThemes.forEach((sub, s) => {
        const subPlace = { file, record: `${place.record}.subThemes[${s}] (${sub.code})` };
        addNode(child(sub.code), ['SubTheme'], { code: sub.code, name: sub.name, priorityCount: sub.priorityCount, order: s + 1, ...cite(sub.citation, subPlace) }, subPlace);
        addLink('HAS_SUB_THEME', child(theme.code), child(sub.code), {}, subPlace);
      });
    });

    const addActions = (parent: string, actions: typeof plan.outcomes[number]['subOutcomes'][number]['actions'], place: Place) =>
      actions.forEach((action, a) => {
        const actionPlace = { file, record: `${place.record}.actions[${a}] (${action.code})` };
        addNode(child(action.code), ['Action'], { code: action.code, text: action.text, summarised: action.summarised, order: a + 1, note: action.note, ...cite(action.citation, actionPlace) }, actionPlace);
        addLink('HAS_ACTION', parent, child(action.code), {}, actionPlace);
        action.deliveredThrough.forEach((d) => addLink('DELIVERED_THROUGH', child(action.code), d, {}, actionPlace));
      });

    plan.outcomes.forEach((outcome, o) => {
      const place = { file, record: `outcomes[${o}] (${outcome.code})` };
      addNode(child(outcome.code), ['Outcome'], {
        code: outcome.code, name: outcome.name, statement: outcome.statement, codeBasis: outcome.codeBasis, order: o + 1, note: outcome.note,
        ...cite(outcome.citation, place),
      }, place);
      addLink('HAS_OUTCOME', doc.key, child(outcome.code), {}, place);
      addAliases(child(outcome.code), outcome.aliases, place);
      outcome.subOutcomes.forEach((sub, s) => {
        const subPlace = { file, record: `${place.record}.subOutcomes[${s}] (${sub.code})` };
        addNode(child(sub.code), ['SubOutcome'], {
          code: sub.code, name: sub.name, codeBasis: sub.codeBasis, order: s + 1, note: sub.note, ...cite(sub.citation, subPlace),
        }, subPlace);
        addLink('HAS_SUB_OUTCOME', child(outcome.code), child(sub.code), {}, subPlace);
        addAliases(child(sub.code), sub.aliases, subPlace);
        sub.aims.forEach((aim, a) => {
          const aimPlace = { file, record: `${subPlace.record}.aims[${a}] (${aim.code})` };
          addNode(child(aim.code), ['Aim'], { code: aim.code, text: aim.text, summarised: aim.summarised, order: a + 1, note: aim.note, ...cite(aim.citation, aimPlace) }, aimPlace);
          addLink('HAS_AIM', child(sub.code), child(aim.code), {}, aimPlace);
          addActions(child(aim.code), aim.actions, aimPlace);
        });
        addActions(child(sub.code), sub.actions, subPlace);
      });
    });

    const statements = [
      ['principles', 'Principle', 'HAS_PRINCIPLE'],
      ['approaches', 'Approach', 'HAS_APPROACH'],
      ['objectives', 'Objective', 'HAS_OBJECTIVE'],
    ] as const;
    for (const [field, label, type] of statements) {
      plan[field].forEach((st, i) => {
        const place = { file, record: `${field}[${i}] (${st.code})` };
        addNode(child(st.code), [label], { code: st.code, name: st.name, text: st.text, order: i + 1, ...cite(st.citation, place) }, place);
        addLink(type, doc.key, child(st.code), {}, place);
      });
    }
  }

  // Related, partner and delivery documents, and how documents relate.
  seeds.documents.documents.forEach((d, i) => {
    const place = { file: 'seeds/documents.yaml', record: `documents[${i}] (${d.key})` };
    addNode(d.key, ['Document'], { kind: d.kind, title: d.title, period: d.period, status: d.status, note: d.note, ...cite(d.citation, place) }, place);
    if (d.owner) addLink('OWNED_BY', d.key, d.owner, {}, place);
    addAliases(d.key, d.aliases, place);
    d.objectives.forEach((st, j) => {
      const stPlace = { ...place, record: `${place.record}.objectives[${j}] (${st.code})` };
      addNode(`${d.key}/${st.code}`, ['Objective'], { code: st.code, name: st.name, text: st.text, order: j + 1, ...cite(st.citation, stPlace) }, stPlace);
      addLink('HAS_OBJECTIVE', d.key, `${d.key}/${st.code}`, {}, stPlace);
    });
  });
  seeds.documents.relations.forEach((r, i) => {
    const place = { file: 'seeds/documents.yaml', record: `relations[${i}] (${r.from} ${r.kind} ${r.to})` };
    // Relations between documents are always stated by a paper (the schema requires the citation).
    addLink(r.kind, r.from, r.to, { note: r.note, basis: 'CITED', rationale: r.note ?? 'Stated in the cited paper.', ...cite(r.citation, place) }, place);
  });

  // Governance: meetings, what they decided, and who monitors what.
  seeds.governance.meetings.forEach((m, i) => {
    const place = { file: 'seeds/governance.yaml', record: `meetings[${i}] (${m.key})` };
    addNode(m.key, ['Meeting'], { date: m.date }, place);
    addLink('HELD', m.body, m.key, {}, place);
    m.decisions.forEach((d, j) => {
      const dPlace = { ...place, record: `${place.record}.decisions[${j}]` };
      addLink('DECIDED', m.key, d.document, { kind: d.kind, summary: d.summary, ...cite(d.citation, dPlace) }, dPlace, `:${d.kind}`);
    });
  });
  seeds.governance.monitoring.forEach((m, i) => {
    const place = { file: 'seeds/governance.yaml', record: `monitoring[${i}] (${m.board} monitors ${m.monitors})` };
    addLink('MONITORED_BY', m.monitors, m.board, { how: m.how, ...cite(m.citation, place) }, place);
  });

  // Financial figures as the papers state them.
  seeds.finance.figures.forEach((f, i) => {
    const place = { file: 'seeds/finance.yaml', record: `figures[${i}] (${f.key})` };
    addNode(f.key, ['FinancialFigure'], {
      kind: f.kind, description: f.description, amountPence: f.amountPounds * 100, period: f.period, ...cite(f.citation, place),
    }, place);
    addLink('FIGURE_OF', f.key, f.document, {}, place);
    if (f.partOf) addLink('PART_OF', f.key, f.partOf, {}, place);
  });

  // Lineage between plan generations.
  seeds.lineage.links.forEach((l, i) => {
    const place = { file: 'seeds/lineage.yaml', record: `links[${i}] (${l.from} ${l.kind} ${l.to})` };
    addLink('SUCCEEDED_BY', l.from, l.to, { kind: l.kind, basis: l.basis, rationale: l.rationale, ...cite(l.citation, place) }, place);
  });

  // Illustrative partner priorities: every node and link from this file carries `illustrative: true`.
  if (seeds.partners) {
    const file = 'seeds/illustrative/partner-priorities.yaml';
    seeds.partners.organisations.forEach((o, i) => {
      const place = { file, record: `organisations[${i}] (${o.key})` };
      addNode(o.key, ['Organisation'], { name: o.name, kind: o.kind, illustrative: true }, place);
    });
    const addPriority = (documentKey: string, parentKey: string, priority: PartnerPriorityInput, order: number, place: Place) => {
      const key = `${documentKey}/${priority.code}`;
      addNode(key, ['PartnerPriority'], { code: priority.code, name: priority.name, description: priority.description, order, illustrative: true }, place);
      addLink('HAS_PRIORITY', parentKey, key, { illustrative: true }, place);
      priority.alignsWith.forEach((a, j) => {
        const aPlace = { ...place, record: `${place.record}.alignsWith[${j}]` };
        addLink('ALIGNS_WITH', key, a.to, { strength: a.strength, rationale: a.rationale, basis: 'ILLUSTRATIVE', illustrative: true }, aPlace);
        pendingRefs.push({ key: a.to, place: aPlace, field: 'to', allowed: ['Outcome', 'SubOutcome'] });
      });
      priority.subPriorities.forEach((sub, j) => addPriority(documentKey, key, sub, j + 1, { ...place, record: `${place.record}.subPriorities[${j}] (${sub.code})` }));
    };
    seeds.partners.strategies.forEach((strategy, i) => {
      const place = { file, record: `strategies[${i}] (${strategy.document})` };
      const document = nodes.get(strategy.document);
      if (document && document.props.kind !== 'PARTNER_STRATEGY') {
        problems.push({ ...place, field: 'document', message: `"${strategy.document}" is a ${String(document.props.kind)}, not a PARTNER_STRATEGY` });
      }
      if (strategy.owner) addLink('OWNED_BY', strategy.document, strategy.owner, { illustrative: true }, place, ':illustrative');
      strategy.priorities.forEach((p, j) => addPriority(strategy.document, strategy.document, p, j + 1, { ...place, record: `${place.record}.priorities[${j}] (${p.code})` }));
    });
  }

  // Illustrative departmental business plans and their commitments, each DELIVERS-linked to the plan.
  if (seeds.businessPlans) {
    const file = 'seeds/illustrative/business-plans.yaml';
    seeds.businessPlans.departments.forEach((d, i) => {
      const place = { file, record: `departments[${i}] (${d.key})` };
      addNode(d.key, ['Organisation'], { name: d.name, kind: 'DEPARTMENT', illustrative: true }, place);
      addLink('PART_OF', d.key, 'lcc', { illustrative: true }, place);
    });
    seeds.businessPlans.plans.forEach((bp, i) => {
      const place = { file, record: `plans[${i}] (${bp.key})` };
      addNode(bp.key, ['Document'], { kind: 'BUSINESS_PLAN', title: bp.title, period: bp.year, status: 'approved', illustrative: true }, place);
      addLink('OWNED_BY', bp.key, bp.department, { illustrative: true }, place);
      if (bp.partOf) addLink('PART_OF', bp.key, bp.partOf, { illustrative: true }, place);
      bp.commitments.forEach((c, j) => {
        const cPlace = { ...place, record: `${place.record}.commitments[${j}] (${c.code})` };
        const key = `${bp.key}/${c.code}`;
        addNode(key, ['BusinessPlanCommitment'], { code: c.code, text: c.text, order: j + 1, illustrative: true }, cPlace);
        addLink('HAS_COMMITMENT', bp.key, key, { illustrative: true }, cPlace);
        c.delivers.forEach((target) => {
          addLink('DELIVERS', key, target, { basis: 'ILLUSTRATIVE', illustrative: true, rationale: 'Illustrative business plan commitment.' }, cPlace);
          pendingRefs.push({ key: target, place: cPlace, field: 'delivers', allowed: ['Action', 'Aim', 'SubOutcome'] });
        });
      });
    });
  }

  // Illustrative MTFS savings lines and cost pressures (after the figures and plans they refer to).
  if (seeds.savingsLines) {
    const expect = (key: string, place: Place, field: string, allowed: SeedLabel[]) => pendingRefs.push({ key, place, field, allowed });
    addSavingsLines(seeds.savingsLines, { nodes, addNode, addLink, expect }, problems);
  }

  for (const pending of pendingRefs) {
    const node = nodes.get(pending.key);
    if (!node) {
      problems.push({ ...pending.place, field: pending.field, message: `unknown reference "${pending.key}": no record has this key` });
    } else if (pending.allowed && !pending.allowed.some((l) => node.labels.includes(l))) {
      problems.push({ ...pending.place, field: pending.field, message: `"${pending.key}" is a ${node.labels.join('/')}, expected ${pending.allowed.join(' or ')}` });
    }
  }
  const seenLinks = new Set<string>();
  for (const link of links) {
    if (seenLinks.has(link.key)) problems.push({ file: 'seeds/', record: link.key, message: 'the same link is stated twice; keep one' });
    seenLinks.add(link.key);
  }
  if (problems.length) return undefined;

  const sortedNodes = [...nodes.values()].sort((a, b) => a.key.localeCompare(b.key));
  const sortedLinks = links.sort((a, b) => a.key.localeCompare(b.key));
  const checksum = createHash('sha256').update(JSON.stringify([sortedNodes, sortedLinks])).digest('hex');
  return { nodes: sortedNodes, links: sortedLinks, checksum };
}
