/** Partner strategies' priorities and their alignment with council outcomes. */
import type { CitationModel } from '../provenance/provenance.models.js';
import type { ItemRef } from '../../shared/item-kinds.js';

export interface PartnerPriorityModel {
  key: string;
  strategyKey: string;
  parentKey: string | null;
  code: string;
  name: string;
  description: string | null;
  illustrative: boolean;
}

export interface AlignmentModel {
  priorityKey: string;
  strategyKey: string;
  target: ItemRef;
  /** The outcome the target is (or belongs to), for the matrix. */
  outcomeKey: string;
  strength: 'PRIMARY' | 'CONTRIBUTORY';
  rationale: string | null;
  citation: CitationModel | null;
  illustrative: boolean;
}
