/**
 * An import mapping: how one source's spreadsheet reads, given once (a small YAML file beside it, the CLI's
 * flags, or importFile's `mapping`) and remembered with the source (import-sources.ts), so next month's file
 * imports with no flags. Every part is optional:
 *
 *   sheet: Savings 2024-25        # the sheet to read (default: the first visible one)
 *   header_row: 5                 # the header's row or line (default: found by its headings)
 *   units: £m                     # amounts' unit where a heading gives none: £, £000 or £m
 *   columns:                      # headings as written → the kind's column, or `ignore`
 *     Saving No.: reference
 *     Lead officer: ignore
 *   defaults: { edition: mtfs-2024-28 }              # values for columns the file does not have
 *   organisations: { "A&C": adults-and-communities-department }   # wordings recorded as aliases
 *   statuses: { Slipped: at risk }                    # status words of this source's own
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { AmountUnit } from '../finance/money.js';

export interface ImportMapping {
  sheet?: string;
  headerRow?: number;
  units?: AmountUnit;
  columns?: Record<string, string>;
  defaults?: Record<string, string>;
  organisations?: Record<string, string>;
  statuses?: Record<string, string>;
}

/** "£m", "£000", "£'000", "£k", "£", "millions", … → the unit; undefined when the text is none of them. */
export function unitNamed(text: string): AmountUnit | undefined {
  const t = text.trim().toLowerCase().replace(/[()\s]/g, '').replace(/[’']/g, '');
  if (['£m', 'm', '£mn', '£million', '£millions', 'millions', 'million'].includes(t)) return 'MILLIONS';
  if (['£000', '000', '£000s', '£k', 'k', '£thousand', '£thousands', 'thousands'].includes(t)) return 'THOUSANDS';
  if (['£', 'pounds', '£s', 'gbp'].includes(t)) return 'POUNDS';
  return undefined;
}

const text = z.union([z.string(), z.number()]).transform(String);
const words = z.record(z.string(), text);
const MappingFile = z.object({
  sheet: text.optional(),
  header_row: z.number().int().min(1).optional(),
  units: text.optional(),
  columns: words.optional(),
  defaults: words.optional(),
  organisations: words.optional(),
  statuses: words.optional(),
}).strict();

export type MappingReading = { mapping: ImportMapping } | { problem: string };

/** A mapping from its YAML (or JSON) text; `where` names it in problems (the file, or the argument). */
export function readMapping(source: string, where: string): MappingReading {
  if (source.length > 100_000) return { problem: `${where} is over 100,000 characters: a mapping names a few headings, not data.` };
  const doc = parseDocument(source);
  if (doc.errors.length) return { problem: `${where} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}` };
  const parsed = MappingFile.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: `${where}: ${issue.path.join('.') || 'the mapping'}: ${issue.message}. A mapping has sheet, header_row, units, columns, defaults, organisations and statuses (docs/import.md).` };
  }
  const m = parsed.data;
  const units = m.units === undefined ? undefined : unitNamed(m.units);
  if (m.units !== undefined && !units) return { problem: `${where}: units "${m.units}" is not £, £000 or £m.` };
  return { mapping: clean({ sheet: m.sheet, headerRow: m.header_row, units, columns: m.columns, defaults: m.defaults, organisations: m.organisations, statuses: m.statuses }) };
}

function clean(m: ImportMapping): ImportMapping {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined && !(typeof v === 'object' && Object.keys(v).length === 0))) as ImportMapping;
}

/** The remembered mapping with the one given now on top: given values win, the word lists are merged. */
export function mergeMappings(remembered: ImportMapping | null, given: ImportMapping | null): ImportMapping {
  const r = remembered ?? {};
  const g = given ?? {};
  const merge = (k: 'columns' | 'defaults' | 'organisations' | 'statuses') => (r[k] || g[k] ? { ...r[k], ...g[k] } : undefined);
  return clean({
    sheet: g.sheet ?? r.sheet, headerRow: g.headerRow ?? r.headerRow, units: g.units ?? r.units,
    columns: merge('columns'), defaults: merge('defaults'), organisations: merge('organisations'), statuses: merge('statuses'),
  });
}

/** A mapping as stored and compared: keys in a fixed order, so an unchanged mapping is the same text. */
export function mappingText(m: ImportMapping): string {
  const sorted = (o?: Record<string, string>) => o && Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ sheet: m.sheet, headerRow: m.headerRow, units: m.units, columns: sorted(m.columns), defaults: sorted(m.defaults), organisations: sorted(m.organisations), statuses: sorted(m.statuses) });
}

export const isEmptyMapping = (m: ImportMapping) => Object.keys(clean(m)).length === 0;
