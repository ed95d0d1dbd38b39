/**
 * Resolvers for the traceability questions. Lists a parent has come from loaders (one batched statement per
 * level); search and paths are single statements of their own.
 */
import { keepReadable } from '../../auth/read-filter.js';
import type { JudgementConfidence, LineageDirection, LineageKind, LinkBasis, LinkStatus, Resolvers, SupportType } from '../../generated/graphql.js';
import { pageOf, pageWindow, paginate } from '../../shared/connection.js';
import { asOfArgument } from '../../shared/as-of.js';
import { BadUserInputError, integerArgument } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import { computeCoverage } from './coverage.js';
import type { LineageStepModel } from './traceability.models.js';
import { findPaths, MAX_PATHS } from './thread-walks.repository.js';
import { searchThread } from './search.repository.js';
import { loadRequired } from '../../shared/by-keys.js';

const MAX_SEARCH_RESULTS = 500;
/** Search counts matches exactly up to this many; beyond it `totalCount` is a lower bound (`totalCountIsExact` false). */
const SEARCH_COUNT_BOUND = 100;
const MAX_NEIGHBOURS = 500;


const lineageIn = (direction: LineageDirection | null | undefined) => (step: LineageStepModel) =>
  !direction || direction === 'BOTH' || step.direction === direction;

/** Items one `neighbourhoods` request may ask about. */
const MAX_NEIGHBOURHOODS = 100;

function neighbourLimit(first: number | null | undefined): number {
  const limit = integerArgument('first', first ?? 200, 1, MAX_NEIGHBOURS);
  return limit;
}

const keepNeighbours = <N extends { link: { kind: string } }>(all: readonly N[], kinds: readonly string[] | null | undefined, limit: number): N[] =>
  all.filter((n) => !kinds?.length || kinds.includes(n.link.kind)).slice(0, limit);

export const traceabilityResolvers: Resolvers = {
  Query: {
    search: async (_root, { text, first, after }, { executor }) => {
      const words = text.trim();
      if (words.length < 2) throw new BadUserInputError('text', 'give at least two characters to search for.');
      if (words.length > 200) throw new BadUserInputError('text', `at most 200 characters; got ${words.length}.`);
      const window = pageWindow({ first, after }, 100);
      if (window.start > MAX_SEARCH_RESULTS) throw new BadUserInputError('after', `search pages reach the ${MAX_SEARCH_RESULTS}th hit at most; narrow the words instead.`);
      const found = await searchThread(executor, words, { offset: window.start, first: window.first, countBound: SEARCH_COUNT_BOUND });
      return { ...pageOf(found.hits, window, found.total, (hit) => hit), totalCountIsExact: found.totalIsExact };
    },
    paths: async (_root, { from, to, maxDepth, first }, { executor }) => {
      const start = fromGlobalId(from, 'from');
      const end = fromGlobalId(to, 'to');
      const limit = integerArgument('first', first ?? 20, 1, MAX_PATHS);
      return findPaths(executor, start.key, end.key, maxDepth ?? 4, limit);
    },
    neighbours: async (_root, { id, kinds, first }, { loaders }) => {
      const limit = neighbourLimit(first);
      return keepNeighbours(await loaders.traceability.neighboursOf.load(fromGlobalId(id, 'id').key), kinds, limit);
    },
    neighbourhoods: async (_root, { ids, kinds, first }, { loaders }) => {
      const limit = neighbourLimit(first);
      const unique = [...new Set(ids)];
      if (unique.length > MAX_NEIGHBOURHOODS) throw new BadUserInputError('ids', `at most ${MAX_NEIGHBOURHOODS} ids; got ${unique.length}. Ask in several requests.`);
      const keys = unique.map((id, i) => fromGlobalId(id, `ids[${i}]`).key);
      const all = await loaders.traceability.neighboursOf.loadMany(keys);
      return unique.map((of, i) => {
        const found = all[i];
        if (found instanceof Error) throw found;
        return { of, neighbours: keepNeighbours(found!, kinds, limit) };
      });
    },
  },
  SubOutcome: {
    supportingActions: async (sub, args, { loaders, readable }) =>
      paginate(keepReadable(readable, await loaders.traceability.supportingActionsOf.load({ key: sub.key, asOf: asOfArgument(args.asOf) })), args, (s) => s),
    lineage: async (sub, { direction }, { loaders }) => (await loaders.traceability.lineageOf.load(sub.key)).filter(lineageIn(direction)),
    unlistedSupport: (sub, _args, { loaders }) => loaders.traceability.unlistedSupportOf.load(sub.key),
  },
  Outcome: {
    unlistedSupport: (outcome, _args, { loaders }) => loaders.traceability.unlistedSupportOf.load(outcome.key),
    supportingActions: async (outcome, args, { loaders, readable }) =>
      paginate(keepReadable(readable, await loaders.traceability.supportingActionsOf.load({ key: outcome.key, asOf: asOfArgument(args.asOf) })), args, (s) => s),
    lineage: async (outcome, { direction }, { loaders }) => (await loaders.traceability.lineageOf.load(outcome.key)).filter(lineageIn(direction)),
  },
  Theme: {
    lineage: async (theme, { direction }, { loaders }) => (await loaders.traceability.lineageOf.load(theme.key)).filter(lineageIn(direction)),
  },
  SupportingActionEdge: {
    node: (edge) => edge.action,
    subOutcome: (edge, _args, { loaders }) => (edge.subOutcomeKey ? loaders.plans.subOutcomeByKey.load(edge.subOutcomeKey) : null),
    aim: (edge, _args, { loaders }) => (edge.aimKey ? loaders.plans.aimByKey.load(edge.aimKey) : null),
    // For a LINKED action, the citation is the link's own (null for an analyst's judgement), not the action's.
    citation: (edge) => (edge.how === 'LINKED' ? (edge.link?.citation ?? null) : edge.action.citation),
  },
  LinkFacts: {
    basis: (link) => link.basis as LinkBasis | null,
    confidence: (link) => link.confidence as JudgementConfidence | null,
    status: (link) => link.status as LinkStatus | null,
  },
  StrategicPlan: {
    coverage: async (plan, { asOf, includeIllustrative }, { loaders }) =>
      computeCoverage(plan.key, await loaders.traceability.coverageOfPlan.load({ key: plan.key, asOf: asOfArgument(asOf) }), { includeIllustrative: includeIllustrative ?? true }),
    otherWordings: (plan, _args, { loaders }) => loaders.provenance.otherWordingsInPlan.load(plan.key),
    unlistedSupport: (plan, _args, { loaders }) => loaders.traceability.unlistedSupportOf.load(plan.key),
  },
  PlanCoverage: {
    gaps: (coverage, { lacking }) =>
      coverage.subOutcomes.filter((sub) => sub.lacks.some((type) => !lacking?.length || lacking.includes(type as SupportType))),
    actionsSupportingNothing: (coverage, _args, { loaders }) => loaders.traceability.actionsSupportingNothingInPlan.load(coverage.planKey),
  },
  OutcomeCoverage: {
    outcome: async (coverage, _args, { loaders }) => loadRequired(loaders.plans.outcomeByKey, coverage.outcomeKey),
  },
  SubOutcomeCoverage: {
    subOutcome: async (coverage, _args, { loaders }) => loadRequired(loaders.plans.subOutcomeByKey, coverage.subOutcomeKey),
  },
  OtherWording: {
    item: (wording, _args, context, info) => resolveReferencedItem(wording.item, context, info),
  },
  LineageStep: {
    from: (step, _args, context, info) => resolveReferencedItem(step.from, context, info),
    to: (step, _args, context, info) => resolveReferencedItem(step.to, context, info),
    kind: (step) => step.link.kind as LineageKind,
    distance: (step) => step.distance ?? 1,
    partOnly: (step) => step.partOnly ?? false,
    basis: (step) => (step.link.basis ?? 'ANALYST_JUDGEMENT') as LinkBasis,
    confidence: (step) => (step.link.confidence ?? 'HIGH') as JudgementConfidence,
    rationale: (step) => step.link.rationale ?? '',
    citation: (step) => step.link.citation,
  },
  ThreadPath: {
    length: (path) => path.steps.length,
    items: (path, _args, context, info) => Promise.all(path.nodes.map((ref) => resolveReferencedItem(ref, context, info))),
  },
  PathStep: {
    from: (step, _args, context, info) => resolveReferencedItem(step.from, context, info),
    to: (step, _args, context, info) => resolveReferencedItem(step.to, context, info),
  },
  Neighbour: {
    item: (neighbour, _args, context, info) => resolveReferencedItem(neighbour.item, context, info),
  },
  SearchHitEdge: {
    node: (hit, _args, context, info) => resolveReferencedItem(hit.item, context, info),
    trail: (hit, _args, context, info) => Promise.all(hit.trail.map((ref) => resolveReferencedItem(ref, context, info))),
  },
};
