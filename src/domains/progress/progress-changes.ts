/**
 * The rules of progress changes: who may make them (an editor, within a scoped token's organisation), what
 * input is refused (each error naming the field, before anything is written), and the checks against what the
 * caller last read, then one write transaction with its audit event. Nothing is overwritten: see
 * progress.writes.ts.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { requireInScope } from '../../auth/organisation-scope.js';
import { requireRole, type Caller } from '../../auth/roles.js';
import type { GraphQLContext } from '../../context.js';
import type { RecordActionUpdateInput, RecordMeasureValueInput, SetMeasureTargetInput } from '../../generated/graphql.js';
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../shared/calendar-date.js';
import { BadUserInputError, ClientError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { keyOf } from '../../shared/global-id.js';
import { checkText } from '../plans/plan-item-changes.js';
import { lockItem } from '../plans/plan-item-writes.js';
import { parsePeriod } from './period-grammar.js';
import { MeasureProgress } from './progress-records.js';
import type { ActionUpdateModel, MeasureValueModel } from './progress.models.js';
import { currentRecord, insertTarget, insertUpdate, insertValue, latestUpdateId, lockMeasure } from './progress.writes.js';

function finite(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw new BadUserInputError(argument, `must be a finite number; got ${value}.`);
  return value;
}

function optionalText(text: string | null | undefined, argument: string): string | null {
  if (text == null || text.trim() === '') return null;
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length > 2000) throw new BadUserInputError(argument, `at most 2000 characters; got ${t.length}.`);
  return t;
}

/** A calendar date `YYYY-MM-DD` (2024-02-30 refused), or null. */
function optionalDate(text: string | null | undefined, argument: string): string | null {
  if (text == null || text.trim() === '') return null;
  const t = text.trim();
  if (!isCalendarDate(t)) throw new BadUserInputError(argument, `"${text}" is not a date: ${CALENDAR_DATE_RULE}.`);
  return t;
}

/** Locks the measure a change is for, refusing one that is missing or retired, or outside a scoped caller's organisation. */
async function lockCurrentMeasure(tx: ManagedTransaction, caller: Caller, measureKey: string, doing: string) {
  const measure = await lockMeasure(tx, measureKey);
  if (!measure || measure.retired) throw new NotFoundError('input.measure', `no current measure has the key "${measureKey}".`);
  await requireInScope(tx, caller, doing, [{ argument: 'input.measure', key: measureKey }]);
  return measure;
}

/** A conflict on a record rather than a version: names the current record so the caller can re-read it. */
const staleRead = (argument: string, message: string, currentId: string | null) =>
  new ClientError(`Argument "${argument}": ${message}`, 'CONFLICT', { argumentName: argument, currentId });

export async function recordMeasureValue(context: GraphQLContext, input: RecordMeasureValueInput): Promise<MeasureValueModel> {
  const caller = requireRole(context.caller, 'editor', 'Recording a measure value');
  const measureKey = keyOf(input.measure, 'input.measure', 'Measure');
  const period = parsePeriod(input.period, 'input.period');
  const value = finite(input.value, 'input.value');
  const source = optionalText(input.source, 'input.source');
  const note = optionalText(input.note, 'input.note');
  const id = randomUUID();
  await context.executor.writeTransaction('progress.recordMeasureValue', async (tx) => {
    await lockCurrentMeasure(tx, caller, measureKey, 'Recording a measure value');
    const current = await currentRecord(tx, measureKey, 'HAS_VALUE', period.label);
    const supersedes = input.supersedes ?? null;
    if (current && supersedes !== current.id) {
      throw staleRead('input.supersedes', `${period.label} already has a value (${current.figure}, id ${current.id}); to correct it, pass supersedes: "${current.id}" (read the measure's values again first if that is not the one you saw).`, current.id);
    }
    if (!current && supersedes) throw staleRead('input.supersedes', `${period.label} has no value to correct; leave supersedes out to record the first one.`, null);
    await insertValue(tx, measureKey, { id, period: period.label, value, source, note, supersedes }, { actor: caller.name, requestId: context.requestId });
  });
  context.loaders.progress.measureProgress.clear(measureKey);
  const records = (await context.loaders.progress.measureProgress.load(measureKey))!;
  return new MeasureProgress(records, null).judge(records.values.find((v) => v.id === id)!);
}

export async function setMeasureTarget(context: GraphQLContext, input: SetMeasureTargetInput) {
  const caller = requireRole(context.caller, 'editor', 'Setting a measure target');
  const measureKey = keyOf(input.measure, 'input.measure', 'Measure');
  const period = parsePeriod(input.period, 'input.period');
  const target = finite(input.target, 'input.target');
  const tolerance = input.tolerance == null ? null : finite(input.tolerance, 'input.tolerance');
  if (tolerance !== null && tolerance < 0) throw new BadUserInputError('input.tolerance', `must be 0 or more (how far short of target is still amber); got ${tolerance}.`);
  const baseline = input.baseline == null ? null : finite(input.baseline, 'input.baseline');
  const baselinePeriod = input.baselinePeriod == null ? null : parsePeriod(input.baselinePeriod, 'input.baselinePeriod').label;
  await context.executor.writeTransaction('progress.setMeasureTarget', async (tx) => {
    const measure = await lockCurrentMeasure(tx, caller, measureKey, 'Setting a measure target');
    if (measure.version !== input.version) {
      throw new ConflictError(`The measure "${measureKey}" has changed since you read it (version ${measure.version}, you sent ${input.version}): read it again and retry.`, measure.version);
    }
    const direction = input.direction ?? measure.rules.direction;
    if (!direction) throw new BadUserInputError('input.direction', `the measure has no direction yet, so a target cannot be judged: give HIGHER_IS_BETTER or LOWER_IS_BETTER.`);
    const current = await currentRecord(tx, measureKey, 'HAS_TARGET', period.label);
    const before = JSON.stringify({ ...measure.rules, target: current?.figure ?? null });
    await insertTarget(tx, measureKey, { id: randomUUID(), period: period.label, target, supersedes: current?.id ?? null },
      { direction, tolerance, baseline, baselinePeriod }, before, { actor: caller.name, requestId: context.requestId });
  });
  context.loaders.measures.measureByKey.clear(measureKey);
  context.loaders.progress.measureProgress.clear(measureKey);
  return (await context.loaders.measures.measureByKey.load(measureKey))!;
}

export async function recordActionUpdate(context: GraphQLContext, input: RecordActionUpdateInput): Promise<ActionUpdateModel> {
  const caller = requireRole(context.caller, 'editor', 'Recording an action update');
  const actionKey = keyOf(input.action, 'input.action', 'Action');
  const period = parsePeriod(input.period, 'input.period');
  const commentary = checkText(input.commentary, 'input.commentary');
  const revisedDate = optionalDate(input.revisedDate, 'input.revisedDate');
  const id = randomUUID();
  await context.executor.writeTransaction('progress.recordActionUpdate', async (tx) => {
    const action = await lockItem(tx, actionKey);
    if (!action || !action.labels.includes('Action')) throw new NotFoundError('input.action', `no action has the key "${actionKey}".`);
    if (action.retired) throw new BadUserInputError('input.action', `the action "${actionKey}" is retired, so it takes no more updates; update the action that replaced it.`);
    await requireInScope(tx, caller, 'Recording an action update', [{ argument: 'input.action', key: actionKey }]);
    const latest = await latestUpdateId(tx, actionKey);
    if (latest !== (input.after ?? null)) {
      throw staleRead('input.after', latest ? `the action's latest update is now ${latest}: read its updates again, then pass after: "${latest}".` : `the action has no update yet: leave after out.`, latest);
    }
    await insertUpdate(tx, actionKey, { id, period: period.label, status: input.status, commentary, revisedDate }, { actor: caller.name, requestId: context.requestId });
  });
  context.loaders.progress.updatesOfAction.clear(actionKey);
  return (await context.loaders.progress.updatesOfAction.load(actionKey)).find((u) => u.id === id)!;
}
