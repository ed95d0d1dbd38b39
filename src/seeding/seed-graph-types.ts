/** The compiled seed batch: the nodes and links the writer MERGEs, and the labels a seed node may carry. */

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
  'Section',
  'Component',
  'Organisation',
  'Meeting',
  'FinancialFigure',
  'Alias',
  'PartnerPriority',
  'BusinessPlanCommitment',
  'SavingsLine',
  'CostPressure',
  'Measure',
  'UnlistedSupport',
  'ContactOfficer',
  'Assessment',
  'MeasureValue',
  'MeasureTarget',
  'ActionUpdate',
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
