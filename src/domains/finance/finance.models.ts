/** Plain models of the finance domain, as the repository returns them (amounts always in integer pence). */
import type { CitationModel } from '../provenance/provenance.models.js';
import type { ItemRef } from '../../shared/item-kinds.js';

export type SavingsStatus = 'PROPOSED' | 'APPROVED' | 'DELIVERED' | 'ON_TRACK' | 'AT_RISK' | 'UNACHIEVABLE';

export interface YearAmount {
  year: string;
  pence: number;
}

/** An AFFECTS link: the share (basis points, 100 = 1%) of a savings line apportioned to an outcome or sub-outcome. */
export interface ApportionmentModel {
  lineKey: string;
  target: ItemRef;
  /** The outcome the target is or sits under, and its plan: what totals roll up to. */
  outcomeKey: string;
  planKey: string;
  basisPoints: number;
  illustrative: boolean;
}

export interface SavingsLineModel {
  key: string;
  editionKey: string;
  reference: string;
  description: string;
  departmentKey: string | null;
  status: SavingsStatus;
  /** The status cell as the spreadsheet wrote it, when that was a RAG rating or another word the rule reads. */
  statusAsWritten: string | null;
  amounts: YearAmount[];
  shares: ApportionmentModel[];
  illustrative: boolean;
  illustrativeNote: string | null;
  version: number;
  retired: boolean;
}

export interface CostPressureModel {
  key: string;
  editionKey: string;
  reference: string;
  description: string;
  departmentKey: string | null;
  amounts: YearAmount[];
  illustrative: boolean;
  illustrativeNote: string | null;
}

/** A figure as a paper states it (whole pounds there; pence here), with its citation. */
export interface FinancialFigureModel {
  key: string;
  documentKey: string;
  kind: string;
  description: string;
  pence: number;
  period: string | null;
  partOfKey: string | null;
  /** How the inclusion is read, where the papers need reading (the £40m in the £110m). */
  partOfNote: string | null;
  /** The sentence that states the inclusion, when it is not the figure's own citation. */
  partOfCitation: CitationModel | null;
  citation: CitationModel | null;
}
