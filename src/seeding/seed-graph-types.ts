/** The compiled seed batch: the nodes and links the writer MERGEs, and the labels a seed node may carry. */
import { ITEM_LABELS, type ItemLabel } from '../shared/item-kinds.js';

/** Labels of the seed nodes that are not items (each item kind's labels come from src/shared/item-kinds.ts). */
const RECORD_LABELS = ['Meeting', 'FinancialFigure', 'Alias', 'CostPressure', 'UnlistedSupport', 'ContactOfficer', 'Assessment', 'MeasureValue', 'MeasureTarget', 'ActionUpdate'] as const;

export type SeedLabel = ItemLabel | (typeof RECORD_LABELS)[number];

/** Labels a seed node may carry (fixed here, never taken from input, so they can be written into Cypher). */
export const SEED_LABELS: readonly SeedLabel[] = [...ITEM_LABELS, ...RECORD_LABELS];

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
