/** Organisations, the decisions their meetings took on documents, and who monitors what. */
import type { CitationModel } from '../provenance/provenance.models.js';


export interface OrganisationModel {
  key: string;
  name: string;
  kind: string;
  partOfKey: string | null;
  note: string | null;
  illustrative: boolean;
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
