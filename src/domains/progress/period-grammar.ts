/**
 * The council's reporting periods, in its financial year (1 April to 31 March), written one way only:
 * `2023/24` (a year), `2023/24 Q2` (a quarter: Q1 April-June ... Q4 January-March) or `2023/24 M07` (a month:
 * M01 April ... M12 March). One grammar, so a value entered as "Q2 2023" and one as "2023/24 Q2" cannot both
 * exist for the same quarter: anything else is refused with the forms that are accepted.
 *
 * Months are numbered from April 2000 (= 0) so that periods compare as plain numbers.
 */
import { BadUserInputError } from '../../shared/errors.js';
import type { PeriodKind, PeriodModel } from './progress.models.js';

const PERIOD = /^(\d{4})\/(\d{2})(?: (?:Q([1-4])|M(0[1-9]|1[0-2])))?$/;
const BASE_YEAR = 2000;

/** The period `text` names, or null when it is not written in the grammar (see `parsePeriod` for the error). */
export function readPeriod(text: string): PeriodModel | null {
  const match = PERIOD.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return null;
  const startYear = Number(match[1]);
  // The second year must be the next one's last two digits (2023/24, 2099/00).
  if ((startYear + 1) % 100 !== Number(match[2]) || startYear < BASE_YEAR || startYear > 2998) return null;
  const yearStart = (startYear - BASE_YEAR) * 12;
  const financialYear = `${match[1]}/${match[2]}`;
  if (match[3]) {
    const q = Number(match[3]);
    return { label: `${financialYear} Q${q}`, kind: 'QUARTER', financialYear, firstMonth: yearStart + (q - 1) * 3, lastMonth: yearStart + q * 3 - 1 };
  }
  if (match[4]) {
    const m = Number(match[4]);
    return { label: `${financialYear} M${match[4]}`, kind: 'MONTH', financialYear, firstMonth: yearStart + m - 1, lastMonth: yearStart + m - 1 };
  }
  return { label: financialYear, kind: 'YEAR', financialYear, firstMonth: yearStart, lastMonth: yearStart + 11 };
}

/** The period, or BAD_USER_INPUT naming `argument` with the accepted forms. */
export function parsePeriod(text: string, argument: string): PeriodModel {
  const period = readPeriod(text);
  if (!period) {
    throw new BadUserInputError(argument, `"${text}" is not a period: write a financial year \`2023/24\`, a quarter \`2023/24 Q2\` (Q1 is April-June) or a month \`2023/24 M07\` (M01 is April).`);
  }
  return period;
}

/** The period of a month number, as a month (`2023/24 M07`). */
function monthPeriod(month: number): PeriodModel {
  const startYear = BASE_YEAR + Math.floor(month / 12);
  const m = (month % 12) + 1;
  return readPeriod(`${startYear}/${String((startYear + 1) % 100).padStart(2, '0')} M${String(m).padStart(2, '0')}`)!;
}

/** The period of the same kind just before `p`. */
export function previousPeriod(p: PeriodModel): PeriodModel {
  const length = p.lastMonth - p.firstMonth + 1;
  return periodStarting(p.firstMonth - length, p.kind);
}

/** The period of `kind` that starts at month number `month` (which must be a start of one). */
function periodStarting(month: number, kind: PeriodKind): PeriodModel {
  const asMonth = monthPeriod(month);
  if (kind === 'MONTH') return asMonth;
  const yearStart = month - (month % 12);
  if (kind === 'YEAR') return readPeriod(asMonth.financialYear)!;
  return readPeriod(`${asMonth.financialYear} Q${(month - yearStart) / 3 + 1}`)!;
}

/** The financial year a period falls in. */
export const yearOf = (p: PeriodModel): PeriodModel => readPeriod(p.financialYear)!;

/** True when `outer`'s months include all of `inner`'s. */
export const contains = (outer: PeriodModel, inner: PeriodModel): boolean => outer.firstMonth <= inner.firstMonth && inner.lastMonth <= outer.lastMonth;

/** The first or last day of a month number, `YYYY-MM-DD`. */
export function dayOf(month: number, which: 'first' | 'last'): string {
  const calendarMonth = (month % 12) + 3; // April = 3 in JavaScript's months
  const year = BASE_YEAR + Math.floor(month / 12) + (calendarMonth > 11 ? 1 : 0);
  const m = calendarMonth % 12;
  const date = which === 'first' ? new Date(Date.UTC(year, m, 1)) : new Date(Date.UTC(year, m + 1, 0));
  return date.toISOString().slice(0, 10);
}
