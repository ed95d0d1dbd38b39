/**
 * Compiles seeds/lineage.yaml and checks it against the lineage rules, for every generation:
 *  - each link has the kind its counts give (lineage-kinds.ts: KEPT/RENAMED one to one, SPLIT one to many,
 *    MERGED many to one, SPLIT_AND_MERGED both; NEW from a plan, DROPPED to one);
 *  - where a sub-outcome descends from a sub-outcome of another outcome, the two outcomes are linked too,
 *    and an item with a predecessor (or a sub-item with one) is not NEW, nor one with a successor DROPPED;
 *  - between two plans that have links at a level, every item of that level has its link.
 */
import { lineageKindOf } from '../domains/traceability/lineage-kinds.js';
import type { LineageFile } from './seed-files.schema.js';
import type { Place, SeedBuilder } from './seed-builder.js';
import type { SeedLink } from './seed-graph-types.js';
import type { z } from 'zod';

type LinkInput = z.infer<typeof LineageFile>['links'][number];
interface Entry { input: LinkInput; link: SeedLink; place: Place }

const FILE = 'seeds/lineage.yaml';

export function addLineage(b: SeedBuilder): Entry[] {
  return b.seeds.lineage.links.map((l, i) => {
    const place = b.place(FILE, ['links', i], `links[${i}] (${l.from} ${l.kind} ${l.to})`);
    const link = b.addLink('SUCCEEDED_BY', l.from, l.to, {
      kind: l.kind, basis: l.basis, confidence: l.confidence, rationale: l.rationale, ...b.cite(l.citation, place),
    }, place);
    if (l.basis === 'CITED') b.citedLink(link, l.citation, l.stated, place);
    return { input: l, link, place };
  });
}

/** Where each plan item sits: its parent (an outcome or theme, for a sub-item) and its plan. */
function structure(b: SeedBuilder) {
  const parent = new Map<string, string>();
  const plan = new Map<string, string>();
  for (const l of b.links) {
    if (l.type === 'HAS_SUB_OUTCOME' || l.type === 'HAS_SUB_THEME') parent.set(l.to, l.from);
    if (l.type === 'HAS_OUTCOME' || l.type === 'HAS_THEME') plan.set(l.to, l.from);
  }
  const planOf = (key: string) => plan.get(key) ?? plan.get(parent.get(key) ?? '');
  const levelOf = (key: string): 'outcome' | 'sub-outcome' | undefined => {
    const labels = b.nodes.get(key)?.labels ?? [];
    if (labels.includes('Outcome') || labels.includes('Theme')) return 'outcome';
    if (labels.includes('SubOutcome') || labels.includes('SubTheme')) return 'sub-outcome';
    return undefined;
  };
  return { parent, planOf, levelOf };
}

const group = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
const list = (keys: Iterable<string>) => [...keys].sort().join(', ');

export function checkLineage(b: SeedBuilder, entries: Entry[]): void {
  const { parent, planOf, levelOf } = structure(b);
  const isDocument = (key: string) => b.nodes.get(key)?.labels.includes('Document') ?? false;
  const nameOf = (key: string) => String(b.nodes.get(key)?.props.name ?? b.nodes.get(key)?.props.title ?? key);
  const steps: Entry[] = [];
  const successors = new Map<string, Set<string>>();
  const predecessors = new Map<string, Set<string>>();
  const news = new Map<string, Entry>();
  const drops = new Map<string, Entry>();
  const covered = new Map<string, { level: string; forward: Set<string>; backward: Set<string> }>();
  const cover = (from: string, to: string, level: string) => {
    const c = covered.get(`${from}>${to}|${level}`) ?? { level, forward: new Set(), backward: new Set() };
    covered.set(`${from}>${to}|${level}`, c);
    return c;
  };

  let unknownReferences = false;
  for (const entry of entries) {
    const { from, to, kind } = entry.input;
    // Unknown references are reported by the builder; the link would have covered something, so completeness waits.
    if (!b.nodes.has(from) || !b.nodes.has(to)) {
      unknownReferences = true;
      continue;
    }
    if (kind === 'NEW' || kind === 'DROPPED') {
      const [plan, item] = kind === 'NEW' ? [from, to] : [to, from];
      if (!isDocument(plan) || !levelOf(item)) {
        b.problem(entry.place, kind === 'NEW' ? 'from' : 'to', `a ${kind} link goes ${kind === 'NEW' ? 'from the earlier plan itself to an item' : 'from an item to the later plan itself'}; "${plan}" and "${item}" do not fit`);
        continue;
      }
      const c = cover(kind === 'NEW' ? plan : planOf(item)!, kind === 'NEW' ? planOf(item)! : plan, levelOf(item)!);
      (kind === 'NEW' ? c.backward : c.forward).add(item);
      (kind === 'NEW' ? news : drops).set(`${item}|${plan}`, entry);
      continue;
    }
    const level = levelOf(from);
    if (!level || level !== levelOf(to)) {
      b.problem(entry.place, 'to', `a ${kind} link joins two items of the same level (outcome to outcome, sub-outcome to sub-outcome); "${from}" and "${to}" are not`);
      continue;
    }
    const [fromPlan, toPlan] = [planOf(from)!, planOf(to)!];
    group(successors, `${from}|${toPlan}`, to);
    group(predecessors, `${to}|${fromPlan}`, from);
    const c = cover(fromPlan, toPlan, level);
    c.forward.add(from);
    c.backward.add(to);
    steps.push(entry);
  }

  const linked = new Set(steps.map((s) => `${s.input.from}>${s.input.to}`));
  for (const entry of steps) {
    const { from, to, kind } = entry.input;
    const after = successors.get(`${from}|${planOf(to)}`)!;
    const before = predecessors.get(`${to}|${planOf(from)}`)!;
    const derived = lineageKindOf(after.size, before.size, nameOf(from), nameOf(to));
    if (kind !== derived) {
      b.problem(entry.place, 'kind', `the kind is ${kind}, but ${from} has ${after.size} successor(s) in ${planOf(to)} (${list(after)}) and ${to} ` +
        `${before.size} predecessor(s) in ${planOf(from)} (${list(before)}), which makes it ${derived} (the kinds are defined in docs/data.md, Lineage)`);
    }
    const [parentFrom, parentTo] = [parent.get(from), parent.get(to)];
    if (parentFrom && parentTo && !linked.has(`${parentFrom}>${parentTo}`)) {
      b.problem(entry.place, 'to', `${from} → ${to} joins a sub-outcome of ${parentFrom} to one of ${parentTo}, so ${parentFrom} and ${parentTo} must be linked too: ` +
        `add a link from ${parentFrom} to ${parentTo} (its kind follows from the outcomes' counts)`);
    }
  }

  const subsOf = (key: string) => [...parent].filter(([, p]) => p === key).map(([sub]) => sub);
  for (const [at, entry] of news) {
    const [item, plan] = at.split('|') as [string, string];
    const earlier = predecessors.get(`${item}|${plan}`);
    const viaSubs = subsOf(item).filter((sub) => predecessors.has(`${sub}|${plan}`));
    if (viaSubs.length) {
      b.problem(entry.place, 'kind', `${item} is NEW, but its sub-outcome(s) ${list(viaSubs)} descend from ${plan}: an outcome whose sub-outcomes have predecessors is not NEW`);
    } else if (earlier) {
      b.problem(entry.place, 'kind', `${item} is NEW, but ${list(earlier)} lead(s) to it from ${plan}: keep either NEW or those links`);
    }
  }
  for (const [at, entry] of drops) {
    const [item, plan] = at.split('|') as [string, string];
    const later = successors.get(`${item}|${plan}`);
    const viaSubs = subsOf(item).filter((sub) => successors.has(`${sub}|${plan}`));
    if (viaSubs.length) {
      b.problem(entry.place, 'kind', `${item} is DROPPED, but its sub-outcome(s) ${list(viaSubs)} have successors in ${plan}: an outcome whose sub-outcomes go on is not DROPPED`);
    } else if (later) {
      b.problem(entry.place, 'kind', `${item} is DROPPED, but it leads to ${list(later)} in ${plan}: keep either DROPPED or those links`);
    }
  }

  if (unknownReferences) return;
  for (const [pair, c] of covered) {
    const [fromPlan, toPlan] = pair.split('|')[0]!.split('>') as [string, string];
    for (const key of b.nodes.keys()) {
      if (levelOf(key) !== c.level) continue;
      const retired = b.nodes.get(key)!.props.retiredAt;
      if (retired) continue;
      if (planOf(key) === fromPlan && !c.forward.has(key)) {
        b.problems.push({ file: FILE, record: key, message: `${key} has no lineage link to ${toPlan}, though other ${c.level}s of ${fromPlan} have: add what it became there, or a DROPPED link to "${toPlan}"` });
      }
      if (planOf(key) === toPlan && !c.backward.has(key)) {
        b.problems.push({ file: FILE, record: key, message: `${key} has no lineage link from ${fromPlan}, though other ${c.level}s of ${toPlan} have: add what it came from, or a NEW link from "${fromPlan}"` });
      }
    }
  }
}
