/**
 * Import kind `progress`: the spreadsheet a performance team keeps, one row per value or per update:
 *   indicator, period, value, target, direction, commentary, status, revised date, source, illustrative
 * `indicator` is a measure (its code, `HEALTHY-WEIGHT`, or key) or an action (its key, `2022-26/9.3-A2-1`). A
 * measure's row gives a value and/or a target for the period (commentary becomes the value's note); an
 * action's row gives its status and commentary (an owner's update). A row is matched to the measure's current
 * value and target for the period, or the action's latest update for it: the same figures are unchanged (so a
 * re-import changes nothing), different ones supersede (values, targets) or add an update; nothing is deleted,
 * and rows absent from a later file are kept (a value is history, not a list of what the file still holds).
 */
import { CALENDAR_DATE, CALENDAR_DATE_RULE } from '../../shared/calendar-date.js';
import { parsePeriodText } from './progress-cells.js';
import type { ImportProblem, ImportRow } from './import-file.js';
import { illustrativeColumn, readColumns } from './read-columns.js';
import type { ColumnSpec, ImportDiff, ImportKind, ImportRecord } from './import-kind.js';
import { applyProgressRows, findProgressTargets } from './progress.import-writes.js';

export interface ProgressRowValues {
  /** A measure's or an action's key. */
  item: string;
  period: string;
  value: number | null;
  target: number | null;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | null;
  commentary: string | null;
  status: string | null;
  revisedDate: string | null;
  source: string | null;
  illustrative: boolean;
}

const STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'STOPPED'];

/** "62.1", "62.1%", "1,234.5" → a number; blank → null. */
function readNumber(text: string | undefined, line: number, column: string, problems: ImportProblem[]): number | null {
  const t = (text ?? '').trim().replace(/%$/, '').replace(/,/g, '').trim();
  if (!t) return null;
  const n = /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(n)) problems.push({ line, column, message: `"${text}" is not a number: write it as 62.1 (a % sign and thousands commas are allowed).` });
  return n;
}

function readDirection(text: string | undefined, line: number, problems: ImportProblem[]): ProgressRowValues['direction'] {
  const t = (text ?? '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (!t) return null;
  if (['higher', 'higher is better', 'up', 'increase'].includes(t)) return 'HIGHER_IS_BETTER';
  if (['lower', 'lower is better', 'down', 'decrease', 'reduce'].includes(t)) return 'LOWER_IS_BETTER';
  problems.push({ line, column: 'direction', message: `"${text}" is not a direction: write "higher is better" or "lower is better".` });
  return null;
}

function readStatus(text: string | undefined, line: number, problems: ImportProblem[]): string | null {
  const t = (text ?? '').trim().toUpperCase().replace(/[\s-]+/g, '_');
  if (!t) return null;
  if (!STATUSES.includes(t)) problems.push({ line, column: 'status', message: `"${text}" is not an action status: use one of ${STATUSES.join(', ')} (spaces allowed: "on track").` });
  return t;
}

const COLUMNS = [
  { name: 'indicator', required: true, description: 'a measure\'s code or key (HEALTHY-WEIGHT) or an action\'s key (2022-26/9.3-A2-1)', synonyms: ['Indicator code', 'Measure', 'Measure code', 'KPI', 'PI', 'PI code', 'Action', 'Action key'] },
  { name: 'period', required: true, description: 'a financial-year period: 2023/24, 2023/24 Q2 or 2023/24 M07', synonyms: ['Reporting period', 'Quarter', 'Month', 'Year'] },
  { name: 'value', required: false, description: 'the measure\'s value for the period, in its unit', synonyms: ['Actual', 'Result', 'Outturn', 'Performance'] },
  { name: 'target', required: false, description: 'the measure\'s target for the period', synonyms: ['Target value', 'Goal'] },
  { name: 'direction', required: false, description: 'higher is better or lower is better (needed with a target when the measure has none)', synonyms: ['Polarity', 'Good is'] },
  { name: 'commentary', required: false, description: 'an action\'s commentary (required for an action), or a note on a value', synonyms: ['Comment', 'Comments', 'Narrative', 'Update', 'Notes', 'Note'] },
  { name: 'status', required: false, description: `an action's status: ${STATUSES.join(', ')}`, synonyms: ['RAG', 'Progress', 'Action status'] },
  {
    name: 'revisedDate', required: false, description: 'an action\'s revised completion date, YYYY-MM-DD', synonyms: ['Revised date', 'Revised deadline', 'New date'],
    pattern: { test: CALENDAR_DATE, noun: 'date', rule: CALENDAR_DATE_RULE },
  },
  { name: 'source', required: false, description: 'where a value comes from', synonyms: ['Data source', 'Source of data'] },
  illustrativeColumn('yes when the row is invented (an example), not the council\'s own figure or update (default no)', ['Illustrative?', 'Example', 'Invented']),
] as const satisfies readonly ColumnSpec[];

export const progressImportKind: ImportKind<ProgressRowValues> = {
  name: 'progress',
  columns: COLUMNS,

  readRow(row: ImportRow, problems: ImportProblem[]): ImportRecord<ProgressRowValues> | undefined {
    const before = problems.length;
    const { text, flag } = readColumns(COLUMNS, row, problems);
    const period = text.period ? parsePeriodText(text.period, row.line, problems) : null;
    const values: ProgressRowValues = {
      item: text.indicator.includes('/') ? text.indicator : `measure/${text.indicator}`,
      period: period ?? '',
      value: readNumber(text.value, row.line, 'value', problems),
      target: readNumber(text.target, row.line, 'target', problems),
      direction: readDirection(text.direction, row.line, problems),
      commentary: text.commentary.replace(/\s+/g, ' ') || null,
      status: readStatus(text.status, row.line, problems),
      revisedDate: text.revisedDate || null,
      source: text.source || null,
      illustrative: flag.illustrative,
    };
    if (problems.length > before) return undefined;
    return { line: row.line, key: `${values.item}|${values.period}`, values };
  },

  async checkAgainstGraph(tx, records, problems) {
    const found = await findProgressTargets(tx, records.map((r) => ({ item: r.values.item, period: r.values.period })));
    for (const { line, values: v } of records) {
      const item = found.get(v.item);
      if (!item) { problems.push({ line, column: 'indicator', message: `no measure or action has the code or key "${v.item.replace(/^measure\//, '')}".` }); continue; }
      if (item.retired) { problems.push({ line, column: 'indicator', message: `"${v.item}" is retired: it takes no more values or updates.` }); continue; }
      if (item.kind === 'Measure') {
        if (v.value === null && v.target === null) problems.push({ line, column: 'value', message: 'a measure\'s row needs a value, a target or both.' });
        if (v.status || v.revisedDate) problems.push({ line, column: v.status ? 'status' : 'revisedDate', message: `"${v.item}" is a measure: status and revised date are for actions.` });
        if (v.target !== null && !v.direction && !item.direction) problems.push({ line, column: 'direction', message: 'the measure has no direction yet, so its target cannot be judged: give "higher is better" or "lower is better".' });
      } else {
        if (!v.status) problems.push({ line, column: 'status', message: `an action's row needs its status (${STATUSES.join(', ')}).` });
        if (!v.commentary || v.commentary.length < 3) problems.push({ line, column: 'commentary', message: 'an action\'s row needs the owner\'s commentary (at least 3 characters).' });
        if (v.value !== null || v.target !== null || v.direction) problems.push({ line, column: v.value !== null ? 'value' : v.target !== null ? 'target' : 'direction', message: `"${v.item}" is an action: values, targets and directions are for measures.` });
      }
    }
  },

  async diff(tx, records): Promise<ImportDiff<ProgressRowValues>> {
    const found = await findProgressTargets(tx, records.map((r) => ({ item: r.values.item, period: r.values.period })));
    const diff: ImportDiff<ProgressRowValues> = { added: [], changed: [], unchanged: [], retired: [] };
    for (const record of records) {
      const v = record.values;
      const now = found.get(v.item)!.periods.get(v.period);
      const isMeasure = found.get(v.item)!.kind === 'Measure';
      const same = isMeasure
        ? (v.value === null || v.value === now?.value) && (v.target === null || v.target === now?.target) && (!v.direction || v.direction === found.get(v.item)!.direction)
        : now?.status === v.status && now?.commentary === v.commentary && (now?.revisedDate ?? null) === v.revisedDate;
      const had = isMeasure ? now?.value != null || now?.target != null : now?.status != null;
      if (same) diff.unchanged.push(record);
      else if (!had) diff.added.push(record);
      else diff.changed.push({ record, before: isMeasure ? { value: now?.value ?? null, target: now?.target ?? null } : { status: now?.status ?? null, commentary: now?.commentary ?? null, revisedDate: now?.revisedDate ?? null } });
    }
    return diff;
  },

  async apply(tx, diff, source, actor, requestId) {
    await applyProgressRows(tx, [...diff.added, ...diff.changed.map((c) => c.record)], source, { actor, requestId });
    // Progress rows still write an event each (progress.import-writes.ts): none to add to the file's event.
    return [];
  },
};
