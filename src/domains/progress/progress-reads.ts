/**
 * The read questions, each from a loader's records through the pure rules: a resolver passes its arguments
 * here and returns the answer. No Cypher; every record comes through the request's loaders.
 */
import type { GraphQLContext } from '../../context.js';
import { BadUserInputError, NotFoundError, integerArgument } from '../../shared/errors.js';
import { asOfArgument } from '../../shared/as-of.js';
import { isStale, latestUpdate, newest } from './action-updates.js';
import { boardReport } from './board-report.js';
import { parsePeriod } from './period-grammar.js';
import { MeasureProgress } from './progress-records.js';
import { rollUp } from './progress-rollup.js';
import type { ActionUpdateModel, MeasureProgressModel, OutcomeBoardReportModel, ProgressRollUpModel, StaleActionModel } from './progress.models.js';

type Loaders = GraphQLContext['loaders'];

/** A measure with no records yet still has rules: none. */
const noRecords = (key: string): MeasureProgressModel => ({ key, direction: null, tolerance: 0, baseline: null, baselinePeriod: null, illustrative: false, values: [], targets: [] });

export async function measureProgress(loaders: Loaders, measureKey: string, asOf?: string | null): Promise<MeasureProgress> {
  const records = (await loaders.progress.measureProgress.load(measureKey)) ?? noRecords(measureKey);
  return new MeasureProgress(records, asOfArgument(asOf));
}

export async function measureTrend(loaders: Loaders, measureKey: string, period: string, periods: number, asOf?: string | null) {
  const p = parsePeriod(period, 'period');
  integerArgument('periods', periods, 2, 12);
  return (await measureProgress(loaders, measureKey, asOf)).trend(p, periods);
}

export async function updatesOf(loaders: Loaders, actionKey: string): Promise<ActionUpdateModel[]> {
  return newest(await loaders.progress.updatesOfAction.load(actionKey));
}

export async function latestUpdateOf(loaders: Loaders, actionKey: string, period: string | null | undefined): Promise<ActionUpdateModel | null> {
  const p = period == null ? null : parsePeriod(period, 'period');
  return latestUpdate(await loaders.progress.updatesOfAction.load(actionKey), p, null);
}

export async function progressOf(loaders: Loaders, itemKey: string, period: string, asOf: string | null | undefined, argument = 'of'): Promise<ProgressRollUpModel> {
  const p = parsePeriod(period, 'period');
  const at = asOfArgument(asOf);
  const inputs = await loaders.progress.rollUpInputs.load(itemKey);
  if (!inputs || !['StrategicPlan', 'Outcome', 'SubOutcome', 'Aim'].includes(inputs.typeName)) throw new NotFoundError(argument, `no plan, outcome, sub-outcome or aim has the key "${itemKey}".`);
  return rollUp(inputs, p, at);
}

export async function staleActionsOf(loaders: Loaders, planKey: string, period: string): Promise<StaleActionModel[]> {
  const p = parsePeriod(period, 'period');
  const inputs = await loaders.progress.rollUpInputs.load(planKey);
  return (inputs?.actions ?? []).filter((a) => isStale(a.updates, p, null))
    .map((a) => ({ actionKey: a.key, ownerKey: a.ownerKey, lastUpdate: latestUpdate(a.updates, p, null) }));
}

export async function outcomeBoardReport(loaders: Loaders, board: string, period: string, asOf: string | null | undefined): Promise<OutcomeBoardReportModel> {
  const p = parsePeriod(period, 'period');
  const at = asOfArgument(asOf);
  const found = await loaders.progress.boardOutcomes.load(board.trim());
  if (!found.found) throw new NotFoundError('board', `no organisation has the key "${board}"; boards are organisations (e.g. \`outcome-boards\`).`);
  if (found.outcomeKeys.length === 0) throw new BadUserInputError('board', `"${board}" monitors no outcome, so it has no Outcome Board report; boards that do are those with outcomes in their \`monitors\`.`);
  const inputs = await loaders.progress.rollUpInputs.loadMany(found.outcomeKeys);
  const outcomes = inputs.flatMap((i) => (i === null || i instanceof Error ? [] : [i]));
  return boardReport(board.trim(), found.basis, outcomes, p, at);
}
