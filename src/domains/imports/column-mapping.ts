/**
 * Which of a kind's columns each heading is: the mapping's word first, then the column's own name, then the
 * headings councils use for it (the kind's `synonyms`), then the kind's pattern (a savings year). Two
 * headings taking one column, a heading nothing explains and a required column no heading gives are each a
 * problem that says what to write in the mapping.
 */
import { similarity } from '../../shared/similarity.js';
import { headingKey, readHeading, type Heading } from './headings.js';
import type { ColumnSpec, ImportKind } from './import-kind.js';

export type MatchedBy = 'MAPPING' | 'NAME' | 'SYNONYM' | 'PATTERN';

export interface HeadingMatch {
  index: number;
  heading: Heading;
  /** The kind's column, or null when the mapping says to ignore the heading. */
  column: string | null;
  by: MatchedBy;
}

export const IGNORE = 'ignore';

const keysOf = (spec: ColumnSpec) => [spec.name, ...(spec.synonyms ?? [])].map((s) => readHeading(s.replace(/_/g, ' ')).key);

/** The mapping's `columns`, by heading key; a target that is no column of the kind is a problem. */
export function explicitColumns(kind: ImportKind<unknown>, columns: Record<string, string> | undefined, problems: string[]): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const [heading, target] of Object.entries(columns ?? {})) {
    const t = target.trim();
    const column = t.toLowerCase() === IGNORE ? null : kind.columns.find((c) => c.name === t || c.name === t.toLowerCase())?.name ?? kind.patternColumn?.(readHeading(t));
    if (column === undefined) {
      problems.push(`the mapping maps "${heading}" to "${target}", which is not a ${kind.name} column: use one of ${kind.columns.map((c) => c.name).join(', ')}${kind.patternColumn ? ', a financial year such as 2024/25' : ''} or ${IGNORE}.`);
      continue;
    }
    found.set(readHeading(heading).key, column);
  }
  return found;
}

/** What one heading is, or undefined when nothing explains it. */
export function matchHeading(kind: ImportKind<unknown>, explicit: Map<string, string | null>, index: number, heading: Heading): HeadingMatch | undefined {
  if (explicit.has(heading.key)) return { index, heading, column: explicit.get(heading.key)!, by: 'MAPPING' };
  const byName = kind.columns.find((c) => headingKey(c.name.replace(/_/g, ' ')) === heading.key);
  if (byName) return { index, heading, column: byName.name, by: 'NAME' };
  const bySynonym = kind.columns.find((c) => keysOf(c).includes(heading.key));
  if (bySynonym) return { index, heading, column: bySynonym.name, by: 'SYNONYM' };
  const pattern = kind.patternColumn?.(heading);
  if (pattern) return { index, heading, column: pattern, by: 'PATTERN' };
  return undefined;
}

/** The column a heading nothing explains most looks like, preferring columns no heading has taken. */
export function closestColumn(kind: ImportKind<unknown>, heading: Heading, taken: Set<string>): ColumnSpec | undefined {
  const words = new Set(heading.key.split(' '));
  const scored = kind.columns.map((spec) => {
    const score = Math.max(...keysOf(spec).map((k) => Math.max(similarity(heading.key, k), k.split(' ').every((w) => words.has(w)) ? 0.8 : 0)));
    return { spec, score: score - (taken.has(spec.name) ? 0.3 : 0) };
  }).sort((a, b) => b.score - a.score);
  return scored[0] && scored[0].score >= 0.5 ? scored[0].spec : undefined;
}

/** The hint for a heading nothing explains. */
export function unknownHeadingMessage(kind: ImportKind<unknown>, heading: Heading, taken: Set<string>): string {
  const near = closestColumn(kind, heading, taken);
  const ignore = `or, if the import does not need it, columns: { "${heading.text}": ${IGNORE} }`;
  if (near) return `the heading "${heading.text}" is not a ${kind.name} column. It could be column ${near.name} (${near.description}); map it like this in the import mapping: columns: { "${heading.text}": ${near.name} }, ${ignore}.`;
  const example = kind.columns.find((c) => c.required && !taken.has(c.name)) ?? kind.columns[0]!;
  return `the heading "${heading.text}" is not a ${kind.name} column (${kind.columns.map((c) => c.name).join(', ')}). Map it to one in the import mapping, e.g. columns: { "${heading.text}": ${example.name} }, ${ignore}.`;
}

/** The hint for a required column no heading gives. */
export function missingColumnMessage(kind: ImportKind<unknown>, spec: ColumnSpec, unknown: Heading[]): string {
  const likely = unknown.map((h) => ({ h, score: closestColumn({ ...kind, columns: [spec] }, h, new Set()) ? 1 : 0 })).find((x) => x.score);
  const said = spec.synonyms?.length ? ` (headed ${[spec.name, ...spec.synonyms.slice(0, 4)].map((s) => `"${s}"`).join(', ')}, …)` : '';
  return `no column gives ${spec.name}${said}: ${spec.description}. ${likely ? `If "${likely.h.text}" is it, map it: columns: { "${likely.h.text}": ${spec.name} }.` : `Add the column, or map the heading that holds it: columns: { "<heading>": ${spec.name} }.`}`;
}
