/**
 * Which records are current at a moment, and what a measure's values say for a period: the value, its
 * target and rating, the trend. Records are never deleted: a value is current from when it was recorded
 * until a correction supersedes it, so `asOf` answers as the records stood then. Pure: tests call it directly.
 */
import { contains, previousPeriod, readPeriod, yearOf } from './period-grammar.js';
import type { MeasureProgressModel, MeasureTargetRecord, MeasureTrendModel, MeasureValueModel, MeasureValueRecord, PeriodModel, Rag } from './progress.models.js';
import { ragOf, trendOf } from './rag-rule.js';

/** Milliseconds of an ISO time; `asOf` null means now, after everything. */
const at = (time: string) => Date.parse(time.replace(/(\.\d{3})\d+/, '$1'));

/** True when the record existed at `asOf` and no correction had replaced it by then. */
export function currentAt(record: { recordedAt?: string; setAt?: string; supersededAt: string | null }, asOf: string | null): boolean {
  if (asOf === null) return record.supersededAt === null;
  const limit = at(asOf);
  return at(record.recordedAt ?? record.setAt!) <= limit && (record.supersededAt === null || at(record.supersededAt) > limit);
}

/** The current record per period label (the latest recorded when two are current, which a write never leaves). */
function latestPerPeriod<R extends { period: string; supersededAt: string | null }>(records: readonly R[], asOf: string | null, time: (r: R) => string): Map<string, R> {
  const byPeriod = new Map<string, R>();
  for (const r of records) {
    if (!currentAt({ recordedAt: time(r), supersededAt: r.supersededAt }, asOf)) continue;
    const seen = byPeriod.get(r.period);
    if (!seen || time(seen) < time(r)) byPeriod.set(r.period, r);
  }
  return byPeriod;
}

/** A measure's records as of a moment, with the questions asked of them. */
export class MeasureProgress {
  private readonly values: Map<string, MeasureValueRecord>;
  private readonly targets: Map<string, MeasureTargetRecord>;

  constructor(readonly measure: MeasureProgressModel, readonly asOf: string | null) {
    this.values = latestPerPeriod(measure.values, asOf, (v) => v.recordedAt);
    this.targets = latestPerPeriod(measure.targets, asOf, (t) => t.setAt);
  }

  /** The target for a period: its own, or else its financial year's. */
  targetFor(period: PeriodModel): MeasureTargetRecord | null {
    return this.targets.get(period.label) ?? this.targets.get(yearOf(period).label) ?? null;
  }

  /** A value record as answered: its target, rating and whether it is still current. */
  judge(record: MeasureValueRecord): MeasureValueModel {
    const period = readPeriod(record.period)!;
    const target = this.targetFor(period)?.target ?? null;
    return { ...record, target, rag: ragOf(record.value, target, this.measure.direction, this.measure.tolerance), superseded: this.values.get(record.period)?.id !== record.id };
  }

  /** The current value for exactly this period, judged; null when none. */
  valueFor(period: PeriodModel): MeasureValueModel | null {
    const record = this.values.get(period.label);
    return record ? this.judge(record) : null;
  }

  ragFor(period: PeriodModel): Rag {
    return this.valueFor(period)?.rag ?? 'NO_DATA';
  }

  /** Current values, oldest period first. */
  currentValues(): MeasureValueModel[] {
    return [...this.values.values()].map((v) => this.judge(v)).sort((a, b) => readPeriod(a.period)!.firstMonth - readPeriod(b.period)!.firstMonth || a.period.length - b.period.length);
  }

  /** Current targets, oldest period first. */
  currentTargets(): MeasureTargetRecord[] {
    return [...this.targets.values()].sort((a, b) => readPeriod(a.period)!.firstMonth - readPeriod(b.period)!.firstMonth);
  }

  /** Values for the `periods` periods of `period`'s kind ending with it, oldest first, and which way they went. */
  trend(period: PeriodModel, periods: number): MeasureTrendModel {
    const window: PeriodModel[] = [period];
    while (window.length < periods) window.unshift(previousPeriod(window[0]!));
    const values = window.map((p) => this.valueFor(p)).filter((v): v is MeasureValueModel => v !== null);
    return { values, ...trendOf(values.map((v) => v.value), this.measure.direction) };
  }

  /** Every value recorded for one period, newest first, each judged (superseded ones marked). */
  history(period: PeriodModel): MeasureValueModel[] {
    return this.measure.values.filter((v) => v.period === period.label).sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1)).map((v) => this.judge(v));
  }
}

/** True when the record's period lies inside `period` (an update for `2023/24 M08` counts for `2023/24 Q2`). */
export const inPeriod = (recordPeriod: string, period: PeriodModel) => contains(period, readPeriod(recordPeriod)!);

/** True when the record's period ends by the end of `period`. */
export const byEndOf = (recordPeriod: string, period: PeriodModel) => readPeriod(recordPeriod)!.lastMonth <= period.lastMonth;
