/**
 * A calendar date as a mutation argument or a spreadsheet cell gives it, `YYYY-MM-DD`, and a day that exists
 * (2024-02-30 is refused): one rule for the progress mutations and the progress import, with the words their
 * errors use.
 */
export const CALENDAR_DATE_RULE = 'write it as YYYY-MM-DD, e.g. 2024-03-31';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is a real day written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!SHAPE.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The rule as an import column's `pattern` (src/domains/imports/import-kind.ts, ColumnSpec). */
export const CALENDAR_DATE = { test: isCalendarDate };
