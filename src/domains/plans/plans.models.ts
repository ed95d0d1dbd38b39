/** Plan items as the resolvers receive them (codegen maps the GraphQL types onto these). */
import type { CitationModel } from '../provenance/provenance.models.js';

export interface PlanModel {
  key: string;
  title: string;
  period: string;
  status: string;
  vision: string | null;
  citation: CitationModel | null;
}

export interface OutcomeModel {
  key: string;
  planKey: string;
  code: string;
  name: string;
  statement: string | null;
  codeBasis: string | null;
  citation: CitationModel | null;
}

export interface SubOutcomeModel {
  key: string;
  outcomeKey: string;
  code: string;
  name: string;
  codeBasis: string | null;
  citation: CitationModel | null;
}

export interface SubThemeModel {
  code: string;
  name: string;
  priorityCount: number;
  citation: CitationModel | null;
}

export interface ThemeModel {
  key: string;
  planKey: string;
  code: string;
  name: string;
  priorityCount: number;
  note: string | null;
  subThemes: SubThemeModel[];
  citation: CitationModel | null;
}
