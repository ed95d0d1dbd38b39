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

export function citationOf(props: StoredCitation): CitationModel | null {
  if (!props.citationSource || !props.citationQuote) return null;
  return { sourceKey: props.citationSource, at: props.citationAt ?? '', quote: props.citationQuote, line: props.citationLine ?? null };
}
