/** Citations and aliases as the rest of the code sees them: plain objects, parsed once at the repository edge. */

export interface CitationModel {
  sourceKey: string;
  at: string;
  quote: string;
  line: number | null;
}

export interface SourceDocumentModel {
  key: string;
  title: string;
  body: string;
  date: string | null;
  file: string;
}

/** An officer a paper names to contact, with the paper's key. */
export interface ContactOfficerModel {
  sourceKey: string;
  name: string;
  post: string;
  departmentKey: string | null;
  citation: CitationModel | null;
}

export interface AliasModel {
  itemKey: string;
  text: string;
  kind: 'name' | 'code';
  note: string | null;
  citation: CitationModel | null;
}

/** Node and link properties as stored: a citation is four flat properties (relationships cannot hold maps). */
export interface StoredCitation {
  citationSource?: string | null;
  citationAt?: string | null;
  citationQuote?: string | null;
  citationLine?: number | null;
}

/** A node's or link's properties as a statement returns them: its citation's four, and any others. */
export type Stored = StoredCitation & Record<string, unknown>;

export function citationOf(props: StoredCitation): CitationModel | null {
  if (!props.citationSource || !props.citationQuote) return null;
  return { sourceKey: props.citationSource, at: props.citationAt ?? '', quote: props.citationQuote, line: props.citationLine ?? null };
}

/** A source paper as its model, for any statement that returns one (a map projection of `s`). */
export const SOURCE_FIELDS = '{.key, .title, .body, date: coalesce(s.date, null), .file}';
