/**
 * Measures: the indicators plans, outcomes, sub-outcomes and aims are judged by, as the resolvers receive
 * them. The papers name indicators but give no targets or values; when those are added they hang off a
 * measure (its key is stable), so these models are where they will grow.
 */
import type { CitationModel } from '../provenance/provenance.models.js';
import type { ItemRef } from '../../shared/item-kinds.js';
import type { LinkFactsModel } from '../traceability/traceability.models.js';

/** One indicator, or a set of indicators a paper names without listing them. */
export type MeasureKind = 'INDICATOR' | 'INDICATOR_SET';

/** An item the measure judges, and the MEASURED_BY link's facts (basis, confidence, rationale, citation). */
export interface MeasuredItemModel {
  item: ItemRef;
  link: LinkFactsModel;
}

export interface MeasureModel {
  key: string;
  code: string;
  kind: MeasureKind;
  name: string;
  unit: string | null;
  /** An analyst's target, as free text; the papers give none. */
  target: string | null;
  note: string | null;
  ownerKey: string | null;
  illustrative: boolean;
  version: number;
  citation: CitationModel | null;
  /** Every item it judges, first as the data orders them (the papers' first item, or the analyst's one). */
  assesses: MeasuredItemModel[];
}
