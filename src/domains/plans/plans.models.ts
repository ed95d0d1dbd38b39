/** Plan items as the resolvers receive them (codegen maps the GraphQL types onto these). */
import type { CitationModel } from '../provenance/provenance.models.js';

interface Cited {
  key: string;
  citation: CitationModel | null;
}

export interface PlanModel extends Cited {
  title: string;
  period: string;
  status: string;
  vision: string | null;
  note: string | null;
}

export interface OutcomeModel extends Cited {
  /** The document (a Strategic Plan, or the 2017 outcomes framework) the outcome belongs to. */
  planKey: string;
  code: string;
  name: string;
  statement: string | null;
  /** The text the plan gives under the outcome (2018-22), paragraphs kept; its citation quotes it whole. */
  narrative: string | null;
  narrativeCitation: CitationModel | null;
  codeBasis: string | null;
  note: string | null;
}

export interface SubOutcomeModel extends Cited {
  outcomeKey: string;
  code: string;
  name: string;
  codeBasis: string | null;
  note: string | null;
}

export interface AimModel extends Cited {
  subOutcomeKey: string;
  version: number;
  code: string;
  text: string;
  summarised: boolean;
  note: string | null;
}

export interface ActionModel extends Cited {
  /** The aim the action is listed under, or null when a paper gives it directly under a sub-outcome. */
  aimKey: string | null;
  /** The sub-outcome the action is listed under (through its aim or directly); null for a free-standing action. */
  subOutcomeKey: string | null;
  code: string;
  text: string;
  summarised: boolean;
  note: string | null;
  /** Owning department, when known. */
  ownerKey: string | null;
  illustrative: boolean;
  version: number;
  retiredAt: string | null;
  retiredReason: string | null;
}

export interface SubThemeModel {
  key: string;
  themeKey: string;
  code: string;
  name: string;
  priorityCount: number;
  citation: CitationModel | null;
}

export interface ThemeModel extends Cited {
  planKey: string;
  code: string;
  name: string;
  priorityCount: number;
  note: string | null;
  subThemes: SubThemeModel[];
}

/** A principle, a cross-cutting approach priority, or an objective of a plan or programme. */
export interface StatementModel extends Cited {
  kind: 'PRINCIPLE' | 'APPROACH' | 'OBJECTIVE' | 'SECTION' | 'COMPONENT';
  documentKey: string;
  code: string;
  name: string;
  text: string | null;
}
