/**
 * An Outcome Board's report for a period, made by rule from the records (the SDL's `OutcomeBoardReport`
 * states the rules): each statement names the update, value, savings line or paper it rests on, and says
 * when that is illustrative. Pure: the API test compares its statements with the records behind them.
 */
import { latestUpdate } from './action-updates.js';
import { inPeriod, MeasureProgress } from './progress-records.js';
import { rollUp } from './progress-rollup.js';
import type { RollUpInputs, TrackedMeasure } from './progress.repository.js';
import type { CitationModel } from '../provenance/provenance.models.js';
import type { ActionUpdateModel, MeasureValueModel, OutcomeBoardReportModel, OutcomeReportModel, PeriodModel, ReportStatementModel, Trend } from './progress.models.js';

/** A number as a report prints it: as recorded, without float noise. */
export const figure = (n: number) => String(Math.round(n * 1e6) / 1e6);

const withUnit = (n: number, unit: string | null) => (unit ? `${figure(n)} (${unit})` : figure(n));

function valueStatement(outcomeKey: string, m: TrackedMeasure, v: MeasureValueModel, words: string): ReportStatementModel {
  const against = v.target === null ? 'with no target' : `against a target of ${figure(v.target)}`;
  return { text: `${m.name}: ${withUnit(v.value, m.unit)} in ${v.period}, ${against} (${v.rag.toLowerCase()}${words}).`, outcomeKey, tracesTo: { kind: 'MEASURE_VALUE', update: null, value: v, savingsLineKey: null, citation: null }, illustrative: v.illustrative };
}

function updateStatement(outcomeKey: string, code: string, u: ActionUpdateModel, words: string): ReportStatementModel {
  return { text: `Action ${code} ${words}: ${u.commentary}`, outcomeKey, tracesTo: { kind: 'ACTION_UPDATE', update: u, value: null, savingsLineKey: null, citation: null }, illustrative: u.illustrative };
}

interface Sections { achievements: ReportStatementModel[]; challenges: ReportStatementModel[]; priorities: ReportStatementModel[] }

function outcomeReport(inputs: RollUpInputs, period: PeriodModel, asOf: string | null, out: Sections): OutcomeReportModel {
  const o = inputs.key;
  const measures = inputs.measures.map((m) => {
    const progress = new MeasureProgress(m.progress, asOf);
    const value = progress.valueFor(period);
    const trend: Trend = progress.trend(period, 4).trend;
    return { m, value, trend, rag: value?.rag ?? 'NO_DATA' as const };
  });
  const actions = inputs.actions.map((a) => ({ a, latest: latestUpdate(a.updates, period, asOf) }));

  for (const { a, latest } of actions) {
    if (!latest) continue;
    const thisPeriod = inPeriod(latest.period, period);
    if (latest.status === 'COMPLETE' && thisPeriod) out.achievements.push(updateStatement(o, a.code, latest, 'is complete'));
    if (latest.status === 'OFF_TRACK' && thisPeriod) out.challenges.push(updateStatement(o, a.code, latest, 'is off track'));
    if ((latest.status === 'OFF_TRACK' || latest.status === 'AT_RISK') && latest.revisedDate) {
      out.priorities.push(updateStatement(o, a.code, latest, `(${latest.status === 'OFF_TRACK' ? 'off track' : 'at risk'}) to be delivered by ${latest.revisedDate}`));
    }
  }
  for (const { m, value, trend } of measures) {
    if (value?.rag === 'GREEN') out.achievements.push(valueStatement(o, m, value, ''));
    if (value?.rag === 'RED') out.challenges.push(valueStatement(o, m, value, trend === 'WORSENING' ? ', worsening' : ''));
    if (value?.rag === 'RED' && trend === 'WORSENING') out.priorities.push(valueStatement(o, m, value, ', worsening: to be brought back towards target'));
  }

  const atRisk = inputs.lines.filter((l) => l.status === 'AT_RISK' || l.status === 'UNACHIEVABLE').map((l) => {
    const falling = measures.filter((x) => (l.reachesKey === o || x.m.subOutcomeKey === l.reachesKey) && (x.rag === 'RED' || x.trend === 'WORSENING'));
    return { lineKey: l.key, status: l.status, reaches: { key: l.reachesKey, typeName: l.reachesType }, fallingMeasureKeys: falling.map((x) => x.m.key), illustrative: l.illustrative, line: l };
  });
  for (const r of atRisk) {
    const falling = r.fallingMeasureKeys.length ? `; measures behind it falling: ${measures.filter((x) => r.fallingMeasureKeys.includes(x.m.key)).map((x) => x.m.name).join('; ')}` : '';
    out.challenges.push({
      text: `Savings line ${r.line.reference} (${r.line.description ?? 'no description'}) is ${r.status === 'AT_RISK' ? 'at risk' : 'unachievable'}${falling}.`,
      outcomeKey: o, tracesTo: { kind: 'SAVINGS_LINE', update: null, value: null, savingsLineKey: r.lineKey, citation: null }, illustrative: r.illustrative,
    });
  }

  const gaps = inputs.subOutcomes.filter((s) =>
    !measures.some((x) => x.m.subOutcomeKey === s.key && x.value !== null) && !actions.some((x) => x.a.subOutcomeKey === s.key && x.a.updates.some((u) => inPeriod(u.period, period))));
  for (const s of gaps) {
    out.priorities.push({
      text: `Nothing reports progress on ${s.code} ${s.name} for ${period.label}: agree a measure with values or ask its actions' owners for updates.`,
      outcomeKey: o, tracesTo: { kind: 'CITATION', update: null, value: null, savingsLineKey: null, citation: s.citation as CitationModel | null }, illustrative: false,
    });
  }
  return {
    outcomeKey: o, rollUp: rollUp(inputs, period, asOf),
    measures: measures.map((x) => ({ measureKey: x.m.key, value: x.value, rag: x.rag, trend: x.trend, illustrative: x.m.progress.illustrative || (x.value?.illustrative ?? false) })),
    offTrackActions: actions.flatMap((x) => (x.latest && (x.latest.status === 'OFF_TRACK' || x.latest.status === 'AT_RISK') ? [x.latest] : [])),
    coverageGapKeys: gaps.map((s) => s.key),
    savingsAtRisk: atRisk.map(({ line: _line, ...r }) => r),
  };
}

export function boardReport(boardKey: string, basis: CitationModel[], outcomes: readonly RollUpInputs[], period: PeriodModel, asOf: string | null): OutcomeBoardReportModel {
  const sections: Sections = { achievements: [], challenges: [], priorities: [] };
  const reports = outcomes.map((o) => outcomeReport(o, period, asOf, sections));
  const all = [...sections.achievements, ...sections.challenges, ...sections.priorities];
  const illustrative = all.some((s) => s.illustrative) || reports.some((r) => r.rollUp.illustrative || r.measures.some((m) => m.illustrative));
  return { boardKey, period: period.label, asOf, basis, ...sections, outcomes: reports, illustrative };
}
