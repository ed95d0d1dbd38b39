/** Answers to traceability questions, before GraphQL shapes them. Items are referred to by key and type. */
import type { ActionModel } from '../plans/plans.models.js';
import type { ItemRef } from '../../shared/item-kinds.js';
import type { CitationModel } from '../provenance/provenance.models.js';

/** Properties of a link made or stated by someone: citation, basis, rationale, who and when. */
export interface LinkFactsModel {
  kind: string;
  /** Review status, for analysts' links (PROPOSED, VALIDATED, SUSPECT). */
  status: string | null;
  basis: string | null;
  /** HIGH or LOW, for analysts' judgements that say (lineage, measures). */
  confidence: string | null;
  illustrative: boolean;
  rationale: string | null;
  citation: CitationModel | null;
  createdBy: string | null;
  createdAt: string | null;
}

export interface SupportingActionModel {
  /** The outcome or sub-outcome asked about. */
  targetKey: string;
  action: ActionModel;
  how: 'UNDER_AIM' | 'UNDER_SUB_OUTCOME' | 'LINKED';
  /** The sub-outcome the action supports the target through (the target itself when it is a sub-outcome). */
  subOutcomeKey: string | null;
  aimKey: string | null;
  link: LinkFactsModel | null;
}

export const SUPPORT_TYPES = ['AIM', 'ACTION', 'OWNER', 'MEASURE', 'PARTNER_PRIORITY', 'BUSINESS_PLAN_COMMITMENT'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export interface SubOutcomeCoverageModel {
  planKey: string;
  /** Null only on the one row of a plan without outcomes (organised by themes). */
  outcomeKey: string | null;
  subOutcomeKey: string | null;
  /** Support of each kind listed in the thread, illustrative data included. */
  has: Record<SupportType, boolean>;
  /** Support of each kind listed in the thread that is not illustrative. */
  hasOwn: Record<SupportType, boolean>;
  /** Kinds a paper says the sub-outcome has without listing them. */
  stated: SupportType[];
  /** Kinds a paper says the sub-outcome's outcome, or every outcome of its plan, has without listing them. */
  outcomeStated: SupportType[];
  planStated: SupportType[];
}

export interface LineageStepModel {
  askedKey: string;
  from: ItemRef;
  to: ItemRef;
  direction: 'FORWARD' | 'BACKWARD';
  link: LinkFactsModel;
  /** Filled in by the loader (lineage-chains.ts): steps from the asked item, and whether it may concern only other parts. */
  distance?: number;
  partOnly?: boolean;
}

export interface PathModel {
  nodes: ItemRef[];
  steps: { from: ItemRef; to: ItemRef; forward: boolean; link: LinkFactsModel }[];
}

/** An item one link away from the item asked about, and the link (`forward`: it points away from the asked item). */
export interface NeighbourModel {
  askedKey: string;
  item: ItemRef;
  forward: boolean;
  link: LinkFactsModel;
}

export interface SearchHitModel {
  item: ItemRef;
  score: number;
  /** The text that matched: a field of the item, or an alias of it. */
  matchedText: string;
  matchedField: string;
  citation: CitationModel | null;
  trail: ItemRef[];
}
