/**
 * How an import read its file, as the answer shows it: the sheet and header row found, what each heading was
 * taken as and in which unit, and the mapping in effect written as the YAML an officer would keep beside the
 * file, so a dry run shows exactly what will be remembered.
 */
import { stringify } from 'yaml';
import { AMOUNT_UNITS, type AmountUnit } from '../finance/money.js';
import type { MatchedBy } from './column-mapping.js';
import { cellReference } from './headings.js';
import type { ImportMapping } from './import-mapping.js';
import type { MappedFile } from './import-table.js';

export interface ImportColumnReadingModel {
  heading: string;
  column: string | null;
  unit: AmountUnit | null;
  cell: string | null;
  matchedBy: MatchedBy;
}

export interface ImportReadingModel {
  sheet: string | null;
  headerRow: number | null;
  columns: ImportColumnReadingModel[];
  totalRowsSkipped: number[];
  mapping: string;
  rememberedMappingUsed: boolean;
  mappingSaved: boolean;
  aliasesRecorded: number;
}

/** The mapping as its YAML file is written (docs/import.md). */
export function mappingYaml(m: ImportMapping): string {
  const file = {
    sheet: m.sheet, header_row: m.headerRow, units: m.units ? AMOUNT_UNITS[m.units].label : undefined,
    columns: m.columns, defaults: m.defaults, organisations: m.organisations, statuses: m.statuses,
  };
  const present = Object.fromEntries(Object.entries(file).filter(([, v]) => v !== undefined));
  return Object.keys(present).length ? stringify(present) : '';
}

export function readingOf(file: MappedFile, mapping: ImportMapping, flags: { remembered: boolean; saved: boolean; aliasesRecorded: number }): ImportReadingModel {
  return {
    sheet: file.sheet,
    headerRow: file.headerLine,
    columns: file.matches.map((m) => ({
      heading: m.heading.text, column: m.column, unit: m.column ? file.units[m.column] ?? null : null,
      cell: file.sheet !== null && file.headerLine !== null ? cellReference(file.sheet, m.index, file.headerLine) : null, matchedBy: m.by,
    })),
    totalRowsSkipped: file.totalRows,
    mapping: mappingYaml(mapping),
    rememberedMappingUsed: flags.remembered,
    mappingSaved: flags.saved,
    aliasesRecorded: flags.aliasesRecorded,
  };
}
