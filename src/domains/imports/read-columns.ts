/**
 * Reads a row by its kind's column declarations (ColumnSpec): each declared column trimmed, a required one
 * that is blank, a value that breaks its declared pattern or is not one of its declared words, and a flag
 * that is not yes or no each pushed as a problem naming line and column. What is left to a kind's `readRow`
 * is what only it knows (a total that must equal the year columns, a parent its row type needs).
 */
import type { ImportProblem, ImportRow } from './import-file.js';
import type { ColumnSpec } from './import-kind.js';

type Names<C extends readonly ColumnSpec[]> = C[number]['name'];

export interface ReadColumns<C extends readonly ColumnSpec[]> {
  /** Each column's text, trimmed ('' when blank); a column with declared words in upper case. */
  text: Record<Names<C>, string>;
  /** Each flag column's value (blank is no). */
  flag: Record<Names<C>, boolean>;
}

/** "yes"/"true"/"1" → true; "no"/"false"/"0"/blank → false; anything else is a problem. */
export function readFlag(text: string | undefined, line: number, column: string, problems: ImportProblem[]): boolean {
  const t = (text ?? '').trim().toLowerCase();
  if (['yes', 'true', '1', 'y'].includes(t)) return true;
  if (['no', 'false', '0', 'n', ''].includes(t)) return false;
  problems.push({ line, column, message: `"${text}" is not yes or no.` });
  return false;
}

export function readColumns<const C extends readonly ColumnSpec[]>(columns: C, row: ImportRow, problems: ImportProblem[]): ReadColumns<C> {
  const text: Record<string, string> = {};
  const flag: Record<string, boolean> = {};
  for (const column of columns) {
    const raw = row.fields[column.name];
    const at = (message: string) => problems.push({ line: row.line, column: column.name, message });
    let value = (raw ?? '').trim();
    if (column.flag) flag[column.name] = readFlag(raw, row.line, column.name, problems);
    if (!value) {
      if (column.required) at(`${column.name} is required.`);
    } else if (column.pattern && !column.pattern.test.test(value)) {
      at(`"${value}" is not a ${column.pattern.noun}: ${column.pattern.rule}.`);
    } else if (column.oneOf) {
      value = value.toUpperCase();
      if (!column.oneOf.words.includes(value)) {
        at(`"${raw}" is not a ${column.oneOf.noun}; use one of ${column.oneOf.words.join(', ')}${column.required ? '' : ' or leave it blank'}.`);
      }
    }
    text[column.name] = value;
  }
  return { text, flag } as ReadColumns<C>;
}

/** The `illustrative` column every kind has: yes when the row is not the council's own (default no). */
export const illustrativeColumn = (description = 'yes when the row is not the council\'s own (default no)', synonyms?: string[]) => ({
  name: 'illustrative' as const, required: false, description, flag: true, ...(synonyms ? { synonyms } : {}),
}) satisfies ColumnSpec;
