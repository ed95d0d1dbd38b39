/** Organisations, the decisions their meetings took on documents, and who monitors what. */
import type { CitationModel } from '../provenance/provenance.models.js';


export interface OrganisationModel {
  key: string;
  name: string;
  kind: string;
  partOfKey: string | null;
  /** The organisation that took over its role, as a paper states (the Outcome Advisory Boards → the Outcome Boards). */
  replacedByKey: string | null;
  replacedByCitation: CitationModel | null;
  /** Organisations it replaced. */
  replacesKeys: string[];
  note: string | null;
  illustrative: boolean;
  citation: CitationModel | null;
}

/** An assessment of a document as a paper reports it (an equality and human rights impact screening). */
export interface AssessmentModel {
  key: string;
  documentKey: string;
  kind: string;
  conclusion: string | null;
  note: string | null;
  citation: CitationModel | null;
}

export interface DecisionModel {
  meetingKey: string;
  date: string;
  bodyKey: string;
  documentKey: string;
  kind: string;
  summary: string;
  citation: CitationModel | null;
}

export interface MonitoringModel {
  itemKey: string;
  /** The GraphQL type of the monitored item (plan, outcome, sub-outcome, programme...). */
  itemTypeName: string;
  boardKey: string;
  how: string | null;
  citation: CitationModel | null;
}
