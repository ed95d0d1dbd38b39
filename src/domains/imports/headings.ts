/**
 * Column headings as councils write them: "Saving Ref.", "Delivery RAG", "2024/25 £m", "Total (£'000)". A
 * heading is compared by its words alone (lower case, punctuation and units stripped: "saving ref"), and the
 * unit it states, if any, is kept for the column's amounts.
 */
import type { AmountUnit } from '../finance/money.js';

export interface Heading {
  /** As the file wrote it. */
  text: string;
  /** Its words, for comparing: "2024/25 £m" → "2024 25", "Saving Ref." → "saving ref". */
  key: string;
  /** The unit the heading states (£m, £000, £), if any. */
  unit?: AmountUnit;
  /** The financial year it names, written 2024/25, if its words are only a year. */
  year?: string;
}

// Longest first: "£'000" before "£".
const UNITS: [RegExp, AmountUnit][] = [
  [/£\s*(m|mn|millions?)(?![a-z])/i, 'MILLIONS'],
  [/£\s*['’]?\s*0{3}s?(?!\d)|£\s*(k|thousands?)(?![a-z])/i, 'THOUSANDS'],
  [/£/, 'POUNDS'],
];
/** 2024/25, 2024-25, 2024–2025, FY24/25. */
const YEAR = /^(?:fy\s*)?(\d{4}|\d{2})\s*[/\-–]\s*(\d{2}|\d{4})$/i;
/** Words a year heading may carry besides the year: "Savings 2024/25", "FY 2024/25 target". */
const YEAR_WORDS = /\b(fy|financial year|year|savings?|target|planned|plan|proposed|budget|amount|value)\b/gi;

export const headingKey = (text: string) =>
  text.toLowerCase().replace(/&/g, ' and ').replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** "2024-25", "24/25", "2024/2025" → "2024/25"; undefined when not a pair of years. */
export function financialYear(text: string): string | undefined {
  const m = YEAR.exec(text.trim());
  if (!m) return undefined;
  const first = m[1]!.length === 2 ? `20${m[1]}` : m[1]!;
  const second = m[2]!.slice(-2);
  return `${first}/${second}`;
}

export function readHeading(text: string): Heading {
  let rest = text.trim();
  let unit: AmountUnit | undefined;
  for (const [pattern, u] of UNITS) {
    if (pattern.test(rest)) {
      unit = u;
      rest = rest.replace(pattern, ' ');
      break;
    }
  }
  // What a unit leaves behind: "(£000)" → "()", "in £m" → "in".
  rest = rest.replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/\bin\s*$/i, ' ').replace(/\s+/g, ' ').trim();
  const yearText = rest.replace(YEAR_WORDS, ' ').replace(/[()[\]:,]/g, ' ').replace(/\s+/g, ' ').trim();
  return { text, key: headingKey(rest), unit, year: financialYear(yearText) };
}

/** A 0-based column index as Excel letters: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A cell reference as Excel writes one: `Savings!B7`, `'MTFS 2024'!B7` (quoted when the name needs it). */
export function cellReference(sheet: string | null, index: number, line: number): string {
  const cell = `${columnLetters(index)}${line}`;
  if (sheet === null) return cell;
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
