/**
 * Resolvers for the traceability questions. Lists a parent has come from loaders (one batched statement per
 * level); search and paths are single statements of their own.
 */
import type { LineageDirection, LineageKind, LinkBasis, LinkStatus, Resolvers, SupportType } from '../../generated/graphql.js';
import { paginate } from '../../shared/connection.js';
import { BadUserInputError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { loadExistingItem } from '../nodes/load-item.js';
import { computeCoverage, lacks } from './coverage.js';
import type { LineageStepModel } from './traceability.models.js';
import { findPaths, MAX_PATHS, searchThread } from './traceability.repository.js';

const MAX_SEARCH_RESULTS = 500;
const MAX_NEIGHBOURS = 500;

/**
 * `asOf` as Neo4j will read it: a date alone means the end of that day (UTC); a time is passed on as given,
 * at its full precision (JS dates stop at milliseconds, stored times do not).
 */
function asOfArgument(asOf: string | null | undefined): string | null {
  if (asOf == null) return null;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999999999Z` : asOf;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(new Date(text.replace(/(\.\d{3})\d+/, '$1')).getTime())) {
    throw new BadUserInputError('asOf', `"${asOf}" is not a date: write 2024-03-31 or 2024-03-31T12:00:00Z.`);
  }
  return text;
}

const lineageIn = (direction: LineageDirection | null | undefined) => (step: LineageStepModel) =>
  !direction || direction === 'BOTH' || step.direction === direction;

export const traceabilityResolvers: Resolvers = {
  Query: {
    search: async (_root, { text, first, after }, { executor }) => {
      const words = text.trim();
      if (words.length < 2) throw new BadUserInputError('text', 'give at least two characters to search for.');
      if (words.length > 200) throw new BadUserInputError('text', `at most 200 characters; got ${words.length}.`);
      const hits = await searchThread(executor, words, MAX_SEARCH_RESULTS);
      return paginate(hits, { first, after }, (hit) => hit, 100);
    },
    paths: async (_root, { from, to, maxDepth, first }, { executor }) => {
      const start = fromGlobalId(from, 'from');
      const end = fromGlobalId(to, 'to');
      const limit = first ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PATHS) throw new BadUserInputError('first', `must be an integer from 1 to ${MAX_PATHS}; got ${limit}.`);
      return findPaths(executor, start.key, end.key, maxDepth ?? 4, limit);
    },
    neighbours: async (_root, { id, kinds, first }, { loaders }) => {
      const limit = first ?? 200;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBOURS) throw new BadUserInputError('first', `must be an integer from 1 to ${MAX_NEIGHBOURS}; got ${limit}.`);
      const all = await loaders.traceability.neighboursOf.load(fromGlobalId(id, 'id').key);
      return all.filter((n) => !kinds?.length || kinds.includes(n.link.kind)).slice(0, limit);
    },
  },
  SubOutcome: {
    supportingActions: async (sub, args, { loaders }) =>
      paginate(await loaders.traceability.supportingActionsOf.load({ key: sub.key, asOf: asOfArgument(args.asOf) }), args, (s) => s),
    lineage: async (sub, { direction }, { loaders }) => (await loaders.traceability.lineageOf.load(sub.key)).filter(lineageIn(direction)),
  },
  Outcome: {
    supportingActions: async (outcome, args, { loaders }) =>
      paginate(await loaders.traceability.supportingActionsOf.load({ key: outcome.key, asOf: asOfArgument(args.asOf) }), args, (s) => s),
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
    status: (link) => link.status as LinkStatus | null,
  },
  StrategicPlan: {
    coverage: async (plan, { asOf }, { loaders }) =>
      computeCoverage(plan.key, await loaders.traceability.coverageOfPlan.load({ key: plan.key, asOf: asOfArgument(asOf) })),
    otherWordings: (plan, _args, { loaders }) => loaders.provenance.otherWordingsInPlan.load(plan.key),
  },
  PlanCoverage: {
    gaps: (coverage, { lacking }) =>
      coverage.subOutcomes.filter((sub) => lacks(sub).some((type) => !lacking?.length || lacking.includes(type as SupportType))),
    actionsSupportingNothing: (coverage, _args, { loaders }) => loaders.traceability.actionsSupportingNothingInPlan.load(coverage.planKey),
  },
  OutcomeCoverage: {
    outcome: async (coverage, _args, { loaders }) => (await loaders.plans.outcomeByKey.load(coverage.outcomeKey))!,
  },
  SubOutcomeCoverage: {
    subOutcome: async (coverage, _args, { loaders }) => (await loaders.plans.subOutcomeByKey.load(coverage.subOutcomeKey!))!,
    has: (coverage) => Object.entries(coverage.has).filter(([, has]) => has).map(([type]) => type as SupportType),
    lacks: (coverage) => lacks(coverage),
  },
  OtherWording: {
    item: (wording, _args, { loaders }) => loadExistingItem(wording.item, loaders) as never,
  },
  LineageStep: {
    from: (step, _args, { loaders }) => loadExistingItem(step.from, loaders) as never,
    to: (step, _args, { loaders }) => loadExistingItem(step.to, loaders) as never,
    kind: (step) => step.link.kind as LineageKind,
    basis: (step) => (step.link.basis ?? 'ANALYST_JUDGEMENT') as LinkBasis,
    rationale: (step) => step.link.rationale ?? '',
    citation: (step) => step.link.citation,
  },
  ThreadPath: {
    length: (path) => path.steps.length,
    items: (path, _args, { loaders }) => Promise.all(path.nodes.map((ref) => loadExistingItem(ref, loaders))) as never,
  },
  PathStep: {
    from: (step, _args, { loaders }) => loadExistingItem(step.from, loaders) as never,
    to: (step, _args, { loaders }) => loadExistingItem(step.to, loaders) as never,
  },
  Neighbour: {
    item: (neighbour, _args, { loaders }) => loadExistingItem(neighbour.item, loaders) as never,
  },
  SearchHitEdge: {
    node: (hit, _args, { loaders }) => loadExistingItem(hit.item, loaders) as never,
    trail: (hit, _args, { loaders }) => Promise.all(hit.trail.map((ref) => loadExistingItem(ref, loaders))) as never,
  },
};
