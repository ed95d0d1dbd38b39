/**
 * The red/amber/green rule, stated once (the SDL's `Rag` says the same in words) and the trend over a
 * measure's last values. Pure arithmetic, so the boundaries are tested without a database.
 *
 * Boundaries are inclusive on the better side: a value exactly on target is GREEN, exactly `tolerance`
 * short is AMBER. Values arrive as decimals (62.1, 0.3) whose binary forms do not add exactly, so a value
 * within a billionth of a unit of a boundary counts as on it; no measure is recorded that finely.
 */
import type { MeasureDirection, Rag, Trend } from './progress.models.js';

const EPSILON = 1e-9;

/** How far the value is on the better side of the target (negative when short), by the measure's direction. */
const margin = (direction: MeasureDirection, value: number, target: number) => (direction === 'HIGHER_IS_BETTER' ? value - target : target - value);

/** The rating of `value` against `target` with `tolerance` (0 or more, in the measure's unit). */
export function ragOf(value: number | null, target: number | null, direction: MeasureDirection | null, tolerance: number): Rag {
  if (value === null) return 'NO_DATA';
  if (target === null || direction === null) return 'NO_TARGET';
  const m = margin(direction, value, target);
  if (m >= -EPSILON) return 'GREEN';
  if (m >= -tolerance - EPSILON) return 'AMBER';
  return 'RED';
}

/** Which way a series went (oldest first), judged by the direction: the latest against the earliest. */
export function trendOf(series: readonly number[], direction: MeasureDirection | null): { trend: Trend; change: number | null } {
  if (series.length < 2) return { trend: 'NOT_ENOUGH_DATA', change: null };
  // Rounded so that 62.1 - 61.9 reads 0.2, not 0.20000000000000284.
  const change = Math.round((series[series.length - 1]! - series[0]!) * 1e9) / 1e9;
  if (direction === null) return { trend: 'NOT_ENOUGH_DATA', change };
  if (Math.abs(change) <= EPSILON) return { trend: 'STEADY', change: 0 };
  const better = direction === 'HIGHER_IS_BETTER' ? change > 0 : change < 0;
  return { trend: better ? 'IMPROVING' : 'WORSENING', change };
}
