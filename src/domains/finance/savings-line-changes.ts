/**
 * Editors' changes to a savings line: its shares (the apportionment) and its status. Each locks the line,
 * checks the version the caller read, validates, writes and records an audit event in ONE transaction.
 */
import { requireInScope } from '../../auth/organisation-scope.js';
import { requireRole } from '../../auth/roles.js';
import type { GraphQLContext } from '../../context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { keyFromIdOrKey } from '../../shared/global-id.js';
import type { SavingsLineModel, SavingsStatus } from './finance.models.js';
import { currentOutcomeKeys, lockSavingsLine, writeShares, writeStatus, type LockedLine } from './savings-line-writes.js';
import { loadRequired } from '../../shared/by-keys.js';

/** A percent with at most two decimals → basis points; anything else names the argument. */
function basisPointsOf(percent: number, argumentName: string): number {
  const bp = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(percent * 100 - bp) > 1e-6) throw new BadUserInputError(argumentName, `${percent} has more than two decimals; give e.g. 33.33.`);
  if (bp <= 0 || bp > 10000) throw new BadUserInputError(argumentName, `${percent}% must be more than 0 and at most 100.`);
  return bp;
}


/** A reason is optional, kept in the audit trail (AuditEvent.reason); blank means none. */
function checkReason(reason: string | null): string | null {
  const text = reason?.trim() ?? '';
  if (text.length > 2000) throw new BadUserInputError('reason', `at most 2000 characters; got ${text.length}. Say why in a sentence or two.`);
  return text || null;
}

async function changeLine(context: GraphQLContext, key: string, expectedVersion: number, operation: string,
  work: (tx: Parameters<Parameters<GraphQLContext['executor']['writeTransaction']>[1]>[0], line: LockedLine, actor: string) => Promise<void>): Promise<SavingsLineModel> {
  const caller = requireRole(context.caller, 'editor', operation);
  await context.executor.writeTransaction(`finance.${operation}`, async (tx) => {
    const line = await lockSavingsLine(tx, key);
    if (!line) throw new NotFoundError('line', `no savings line has the key "${key}"; keys are <edition>/<reference>, e.g. mtfs-2017-21/AC3.`);
    if (line.retired) throw new BadUserInputError('line', 'the savings line is retired; it can no longer change.');
    if (line.version !== expectedVersion) {
      throw new ConflictError(`The savings line is at version ${line.version}; you sent version ${expectedVersion}. Read it again and re-apply your change.`, line.version);
    }
    // The line must be in scope; the outcomes its shares go on are far ends, not changed.
    await requireInScope(tx, caller, operation, [{ argument: 'line', key }]);
    await work(tx, line, caller.name);
  });
  // A fresh read after the commit: the request's loader may hold the line as it was before.
  context.loaders.finance.lineByKey.clear(key);
  return loadRequired(context.loaders.finance.lineByKey, key);
}

export function replaceSavingsShares(context: GraphQLContext, key: string, shares: readonly { target: string; sharePercent: number }[],
  expectedVersion: number, reason: string | null): Promise<SavingsLineModel> {
  const why = checkReason(reason);
  const wanted = shares.map((s, i) => ({ targetKey: keyFromIdOrKey(s.target, `shares[${i}].target`, 'Outcome', 'SubOutcome'), basisPoints: basisPointsOf(s.sharePercent, `shares[${i}].sharePercent`) }));
  const seen = new Set<string>();
  wanted.forEach((s, i) => {
    if (seen.has(s.targetKey)) throw new BadUserInputError(`shares[${i}].target`, `${s.targetKey} is given twice; give each outcome or sub-outcome one share.`);
    seen.add(s.targetKey);
  });
  const total = wanted.reduce((s, x) => s + x.basisPoints, 0);
  if (total > 10000) throw new BadUserInputError('shares', `the shares add up to ${total / 100}%; a line's shares may add up to at most 100% (the rest is unapportioned).`);
  return changeLine(context, key, expectedVersion, 'Apportioning a savings line', async (tx, line, actor) => {
    const current = await currentOutcomeKeys(tx, wanted.map((s) => s.targetKey));
    wanted.forEach((s, i) => {
      if (!current.has(s.targetKey)) throw new BadUserInputError(`shares[${i}].target`, `"${s.targetKey}" is not a current outcome or sub-outcome; shares go on outcomes (e.g. 2018-22/WO) or sub-outcomes (e.g. 2018-22/WO.5).`);
    });
    const unchanged = (s: { targetKey: string; basisPoints: number }) => line.shares.some((o) => o.targetKey === s.targetKey && o.basisPoints === s.basisPoints);
    await writeShares(tx, key, wanted.filter(unchanged).map((s) => s.targetKey), wanted.filter((s) => !unchanged(s)), {
      actor, action: 'savings.apportion', before: JSON.stringify(line.shares), after: JSON.stringify(wanted), reason: why, requestId: context.requestId,
    });
  });
}

export function changeSavingsLineStatus(context: GraphQLContext, key: string, status: SavingsStatus, expectedVersion: number, reason: string | null): Promise<SavingsLineModel> {
  const why = checkReason(reason);
  return changeLine(context, key, expectedVersion, 'Changing a savings line\'s status', (tx, line, actor) =>
    writeStatus(tx, key, status, { actor, action: 'savings.status', before: JSON.stringify({ status: line.status }), after: JSON.stringify({ status }), reason: why, requestId: context.requestId }));
}
