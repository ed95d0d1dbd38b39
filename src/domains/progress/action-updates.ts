/**
 * Owners' updates as of a moment: which is an action's current status for a period, and which owners have
 * not reported. Updates are never edited or superseded; a later update (by period, then by when it was
 * recorded) is the action's status from then on. Pure: tests call it directly.
 */
import { readPeriod } from './period-grammar.js';
import { inPeriod } from './progress-records.js';
import type { ActionUpdateModel, PeriodModel } from './progress.models.js';

const at = (time: string) => Date.parse(time.replace(/(\.\d{3})\d+/, '$1'));

/** Updates recorded by `asOf` (all when null). */
export const recordedBy = (updates: readonly ActionUpdateModel[], asOf: string | null) =>
  asOf === null ? [...updates] : updates.filter((u) => at(u.recordedAt) <= at(asOf));

/** Later period first, then later recorded first. */
const newestFirst = (a: ActionUpdateModel, b: ActionUpdateModel) =>
  readPeriod(b.period)!.lastMonth - readPeriod(a.period)!.lastMonth || (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0);

/** Every update, newest first. */
export const newest = (updates: readonly ActionUpdateModel[]) => [...updates].sort(newestFirst);

/** The latest update for a period ending by the end of `period` (or of all, when null); null when none. */
export function latestUpdate(updates: readonly ActionUpdateModel[], period: PeriodModel | null, asOf: string | null): ActionUpdateModel | null {
  const known = recordedBy(updates, asOf).filter((u) => period === null || readPeriod(u.period)!.lastMonth <= period.lastMonth);
  return newest(known)[0] ?? null;
}

/**
 * Whether the owner has not reported for `period`: no update for it or a period inside it, and the action
 * not already reported COMPLETE or STOPPED (a finished action has nothing left to report).
 */
export function isStale(updates: readonly ActionUpdateModel[], period: PeriodModel, asOf: string | null): boolean {
  const known = recordedBy(updates, asOf);
  if (known.some((u) => inPeriod(u.period, period))) return false;
  const last = latestUpdate(known, period, null);
  return !(last && (last.status === 'COMPLETE' || last.status === 'STOPPED'));
}
