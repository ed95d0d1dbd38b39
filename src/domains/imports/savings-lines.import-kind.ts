/**
 * Import kind `savings-lines`: the MTFS savings spreadsheet as finance keeps it, one row per line:
 *   edition, reference, department, description, status, <one column per financial year>, total, affects, illustrative
 * under the headings councils give them (Ref, Directorate, Saving proposal, Delivery RAG, ...). Year columns are
 * named as the council writes years (`2017/18`, `2024-25 £m`, `2017/18 (£000)`), any number of them; amounts
 * are in the heading's unit (£, £000 or £m), else the mapping's, else the title rows', else £000, with or
 * without `£`, thousands separators, brackets or a minus for negatives, blank or a dash = 0, and converted to
 * pence exactly. The status may be a RAG rating (savings-status-words.ts); the wording is kept on the line.
 * `edition` may instead be given once for the whole file (importFile's `edition`, or the mapping's defaults).
 * `affects` lists shares, "2018-22/WO.5 70%; 2018-22/KPS.1 30%"; without the column, the lines' shares are
 * left as they are. Lines an earlier import of the same source had and this file does not are retired.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { AMOUNT_UNITS, isFinancialYear, readAmount, readSharePercent, thousandsText } from '../finance/money.js';
import { readStatusWord, SAVINGS_STATUSES, STATUS_WORDS_HELP } from '../finance/savings-status-words.js';
import type { SavingsStatus } from '../finance/finance.models.js';
import type { ImportProblem } from './import-file.js';
import type { ColumnSpec, ImportDiff, ImportKind, ImportRecord } from './import-kind.js';
import { illustrativeColumn, readColumns } from './read-columns.js';
import { applySavingsLines, readSavingsLines, type StoredSavingsLine } from './savings-lines.writes.js';

export interface SavingsLineValues {
  edition: string;
  reference: string;
  /** As the file gives it (a department's key or name); resolved to `departmentKey` against the graph. */
  department: string;
  departmentKey: string;
  description: string;
  status: string;
  /** The status cell as written, when it was a RAG rating or another word the rule reads; null otherwise. */
  statusWording: string | null;
  years: string[];
  amountsPence: number[];
  /** Null when the file has no `affects` column: shares stay as they are. */
  shares: { targetKey: string; basisPoints: number }[] | null;
  illustrative: boolean;
}

/** A year column's name is its year, written 2017/18. */
const yearOf = (column: string) => (/^\d{4}\/\d{2,4}$/.test(column) ? column : undefined);

function readShares(text: string, line: number, problems: ImportProblem[]): SavingsLineValues['shares'] {
  const shares: { targetKey: string; basisPoints: number }[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\S+)\s+(\S+)$/.exec(part);
    const share = m ? readSharePercent(m[2]!) : { problem: `"${part}" is not "<outcome key> <share>%", e.g. 2018-22/WO.5 70%` };
    if ('problem' in share) problems.push({ line, column: 'affects', message: share.problem });
    else if (shares.some((s) => s.targetKey === m![1])) problems.push({ line, column: 'affects', message: `${m![1]} is given twice; give each outcome one share.` });
    else shares.push({ targetKey: m![1]!, basisPoints: share.basisPoints });
  }
  const total = shares.reduce((s, x) => s + x.basisPoints, 0);
  if (total > 10000) problems.push({ line, column: 'affects', message: `the shares add up to ${total / 100}%; a line's shares add up to at most 100% (the rest is unapportioned).` });
  return shares;
}

const sameLine = (v: SavingsLineValues, s: StoredSavingsLine) =>
  v.description === s.description && v.status === s.status && v.statusWording === s.statusWording && v.departmentKey === s.departmentKey && v.illustrative === s.illustrative &&
  JSON.stringify(v.years) === JSON.stringify(s.years) && JSON.stringify(v.amountsPence) === JSON.stringify(s.amountsPence) &&
  (v.shares === null || JSON.stringify([...v.shares].sort((a, b) => a.targetKey.localeCompare(b.targetKey))) === JSON.stringify(s.shares));

const COLUMNS = [
  { name: 'edition', required: true, description: 'key of the MTFS edition, e.g. mtfs-2017-21 (or give it once as the import\'s edition)', synonyms: ['MTFS', 'MTFS edition'] },
  {
    name: 'reference', required: true, description: 'the line\'s reference, unique within the edition, e.g. AC12',
    synonyms: ['Ref', 'Ref No', 'Reference No', 'Saving Ref', 'Saving Reference', 'Savings Ref', 'Proposal Ref', 'ID', 'Saving ID', 'No', 'Code'],
    pattern: { test: /^[A-Za-z0-9.\-]+$/, noun: 'reference', rule: 'letters, digits, dots and dashes (e.g. AC12)' },
  },
  {
    name: 'department', required: true, description: 'the department\'s name, key or a recorded alias, e.g. Adults and Communities',
    synonyms: ['Directorate', 'Service', 'Service Area', 'Dept', 'Department Name', 'Portfolio'],
    organisation: { kind: 'DEPARTMENT', what: 'department' },
  },
  {
    name: 'description', required: true, description: 'what the saving is',
    synonyms: ['Saving Proposal', 'Savings Proposal', 'Description of Saving', 'Proposal', 'Title', 'Saving', 'Saving Description', 'Proposal Title', 'Name'],
  },
  {
    name: 'status', required: true, description: 'proposed, approved, delivered, on track, at risk, unachievable, or a RAG rating',
    synonyms: ['RAG', 'Delivery RAG', 'RAG Rating', 'RAG Status', 'Status', 'Risk', 'Delivery Status', 'Risk Rating', 'Delivery Risk', 'Deliverability'],
  },
  { name: 'total', required: false, description: 'the row\'s total, checked against the year columns', amount: true, synonyms: ['Total Saving', 'Total Savings', 'Grand Total', 'Total All Years'] },
  { name: 'affects', required: false, description: 'shares on outcomes or sub-outcomes: "2018-22/WO.5 70%; 2018-22/KPS.1 30%"', synonyms: ['Outcomes', 'Outcome Shares'] },
  illustrativeColumn('yes when the row is not the council\'s own figures (default no)'),
] as const satisfies readonly ColumnSpec[];

export const savingsLinesImportKind: ImportKind<SavingsLineValues> = {
  name: 'savings-lines',
  columns: COLUMNS,
  // "2024/25", "2024-25 £m", "FY 2024/25 (£000)": the column of that year, its amounts in the heading's unit.
  patternColumn: (heading) => heading.year,
  patternAmounts: true,
  defaultUnit: 'THOUSANDS',

  checkHeader(header, problems) {
    const years = header.map(yearOf).filter((y): y is string => !!y);
    if (years.length === 0) problems.push({ line: 1, message: 'no financial year columns: name one column per year as the council writes it, e.g. 2017/18, 2018/19 (with the unit if you like: 2017/18 £m).' });
    for (const year of years) if (!isFinancialYear(year)) problems.push({ line: 1, column: year, message: `${year} is not a financial year: the second part follows the first (2017/18).` });
    const twice = years.filter((y, i) => years.indexOf(y) !== i);
    if (twice.length) problems.push({ line: 1, message: `the year ${twice[0]} has two columns; keep one.` });
  },

  readRow(row, problems, context) {
    const before = problems.length;
    const { text, flag } = readColumns(COLUMNS, row, problems);
    const { edition, reference, department: departmentKey, description, status: statusText } = text;
    const extra = Object.fromEntries(Object.entries(context.statuses).map(([w, s]) => [w, s.toUpperCase().replace(/[\s-]+/g, '_') as SavingsStatus]));
    const status = statusText ? readStatusWord(statusText, extra) : undefined;
    if (statusText && (!status || !SAVINGS_STATUSES.includes(status.status))) {
      problems.push({ line: row.line, column: 'status', message: `"${statusText}" is not a status or a RAG rating the rule covers: use ${STATUS_WORDS_HELP}, or say what it means in the import mapping (statuses: { "${statusText}": at risk }).` });
    }
    const yearColumns = Object.keys(row.fields).filter((h) => yearOf(h)).sort((a, b) => a.localeCompare(b));
    const amountsPence = yearColumns.map((column) => {
      const reading = readAmount(row.fields[column], context.units[column] ?? 'THOUSANDS');
      if ('problem' in reading) problems.push({ line: row.line, column, message: `${reading.problem}.` });
      return 'pence' in reading ? reading.pence : 0;
    });
    if ((row.fields.total ?? '').trim()) {
      const unit = context.units.total ?? 'THOUSANDS';
      const total = readAmount(row.fields.total, unit);
      const sum = amountsPence.reduce((s, p) => s + p, 0);
      if ('problem' in total) problems.push({ line: row.line, column: 'total', message: `${total.problem}.` });
      else if (total.pence !== sum) {
        problems.push({ line: row.line, column: 'total', message: `the total ${row.fields.total} (${AMOUNT_UNITS[unit].label}) is not the sum of the year columns (${thousandsText(sum)} in £000): correct one of them.` });
      }
    }
    const shares = 'affects' in row.fields ? readShares(row.fields.affects ?? '', row.line, problems) : null;
    const illustrative = flag.illustrative;
    if (problems.length > before || !status) return undefined;
    const department = row.written?.department ?? departmentKey;
    return {
      line: row.line, key: `${edition}/${reference}`,
      values: { edition, reference, department, departmentKey, description, status: status.status, statusWording: status.wording, years: yearColumns, amountsPence, shares, illustrative },
    };
  },

  async checkAgainstGraph(tx, records, problems) {
    const editions = await tx.run('UNWIND $keys AS key OPTIONAL MATCH (d:Document {key: key}) RETURN key, d.kind AS kind', { keys: [...new Set(records.map((r) => r.values.edition))] });
    const kinds = new Map(editions.records.map((r) => [r.get('key') as string, r.get('kind') as string | null]));
    const targets = await tx.run(
      'UNWIND $keys AS key OPTIONAL MATCH (n:Item {key: key}) WHERE (n:Outcome OR n:SubOutcome) AND n.retiredAt IS NULL RETURN key, n IS NOT NULL AS found',
      { keys: [...new Set(records.flatMap((r) => r.values.shares ?? []).map((s) => s.targetKey))] },
    );
    const outcomes = new Set(targets.records.filter((r) => r.get('found')).map((r) => r.get('key') as string));
    for (const { line, values } of records) {
      const kind = kinds.get(values.edition);
      if (kind !== 'FINANCIAL_STRATEGY') problems.push({ line, column: 'edition', message: kind ? `"${values.edition}" is a ${kind}, not an MTFS edition.` : `no document has the key "${values.edition}"; use an MTFS edition's key such as mtfs-2017-21.` });
      for (const share of values.shares ?? []) {
        if (!outcomes.has(share.targetKey)) problems.push({ line, column: 'affects', message: `"${share.targetKey}" is not a current outcome or sub-outcome (e.g. 2018-22/WO or 2018-22/WO.5).` });
      }
    }
  },

  async diff(tx, records, source): Promise<ImportDiff<SavingsLineValues>> {
    const { existing, previous } = await readSavingsLines(tx, records.map((r) => r.key), source);
    const diff: ImportDiff<SavingsLineValues> = { added: [], changed: [], unchanged: [], retired: [] };
    for (const record of records) {
      const current = existing.get(record.key);
      if (!current) diff.added.push(record);
      else if (sameLine(record.values, current)) diff.unchanged.push(record);
      else diff.changed.push({ record, before: { ...current, shares: record.values.shares === null ? null : current.shares } as Partial<SavingsLineValues> });
    }
    const inFile = new Set(records.map((r) => r.key));
    diff.retired = previous.filter((key) => !inFile.has(key));
    return diff;
  },

  apply(tx: ManagedTransaction, diff, source, actor, requestId) {
    const rows = (list: ImportRecord<SavingsLineValues>[], added: boolean) => list.map((r) => ({ key: r.key, added, ...r.values, after: JSON.stringify(r.values) }));
    return applySavingsLines(tx, [...rows(diff.added, true), ...rows(diff.changed.map((c) => c.record), false)], diff.unchanged.map((r) => r.key), diff.retired, { source, actor, requestId });
  },
};
