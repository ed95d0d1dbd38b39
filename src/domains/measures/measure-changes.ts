/** An analyst's measure: an indicator an aim or sub-outcome is judged by, with its audit event. */
import { randomUUID } from 'node:crypto';
import { requireInScope } from '../../auth/organisation-scope.js';
import { requireRole } from '../../auth/roles.js';
import type { GraphQLContext } from '../../context.js';
import { NotFoundError } from '../../shared/errors.js';
import { checkOwner, checkText } from '../plans/plan-item-changes.js';
import { insertChild, lockItem } from '../plans/plan-item-writes.js';

export interface NewMeasure {
  /** The aim or sub-outcome the measure judges. */
  forKey: string;
  name: string;
  unit: string | null;
  target: string | null;
  ownerKey: string | null;
}

/** Adds a measure (an indicator) an aim or sub-outcome is judged by; returns its key. */
export async function createMeasure(context: GraphQLContext, input: NewMeasure): Promise<string> {
  const caller = requireRole(context.caller, 'editor', 'Adding a measure');
  const name = checkText(input.name, 'input.name');
  return context.executor.writeTransaction('items.createMeasure', async (tx) => {
    const judged = await lockItem(tx, input.forKey);
    if (!judged || judged.retired || !judged.labels.some((l) => l === 'Aim' || l === 'SubOutcome')) throw new NotFoundError('input.for', 'no current aim or sub-outcome has that id.');
    await checkOwner(tx, input.ownerKey);
    // A token scoped to an organisation adds measures to that organisation's items only.
    await requireInScope(tx, caller, 'Adding a measure', [{ argument: 'input.for', key: input.forKey }]);
    const planKey = input.forKey.split('/')[0]!;
    const code = `M-${randomUUID().slice(0, 8)}`;
    return insertChild(tx, 'Measure', 'MEASURED_BY',
      { key: `${planKey}/${code}`, code, kind: 'INDICATOR', name, unit: input.unit, target: input.target, origin: 'analyst', version: 1, createdBy: caller.name },
      input.forKey, input.ownerKey, { actor: caller.name, action: 'item.create', after: JSON.stringify({ name, for: input.forKey, unit: input.unit, target: input.target }), requestId: context.requestId });
  });
}
