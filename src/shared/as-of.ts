/** The `asOf` argument of the traceability questions, checked and made exact. */
import { BadUserInputError } from './errors.js';

/**
 * `asOf` as Neo4j will read it: a date alone means the end of that day (UTC); a time is passed on as given,
 * at its full precision (JS dates stop at milliseconds, stored times do not).
 */
export function asOfArgument(asOf: string | null | undefined): string | null {
  if (asOf == null) return null;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999999999Z` : asOf;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(new Date(text.replace(/(\.\d{3})\d+/, '$1')).getTime())) {
    throw new BadUserInputError('asOf', `"${asOf}" is not a date: write 2024-03-31 or 2024-03-31T12:00:00Z.`);
  }
  // JS rolls 2024-02-30 over to 1 March; Neo4j refuses it. Refuse it here, naming the argument.
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    throw new BadUserInputError('asOf', `"${asOf}" is not a day of the calendar: ${text.slice(0, 7)} has no day ${day}.`);
  }
  return text;
}
