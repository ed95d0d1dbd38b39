/**
 * Analysts' changes to the plan's aims and actions. Rewording or retiring an item flags every analyst link
 * touching it SUSPECT (its meaning may have changed), until an editor re-confirms or retires the link.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { requireInScope } from '../../auth/organisation-scope.js';
import { requireRole } from '../../auth/roles.js';
import type { GraphQLContext } from '../../context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { flagLinksSuspect } from '../links/suspect-links.js';
import { insertAction, insertChild, lockItem, organisationExists, retireItem, rewordItem } from './plan-item-writes.js';

const EDITABLE = ['Action', 'Aim'];

/** An analyst's wording, its spaces tidied; refused when too short or too long. */
export function checkText(text: string, argumentName: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length < 3) throw new BadUserInputError(argumentName, 'give the wording (at least 3 characters).');
  if (t.length > 2000) throw new BadUserInputError(argumentName, `at most 2000 characters; got ${t.length}.`);
  return t;
}

/** Whether the plan exists (current), and whether the parent sits in its tree (outcome → sub-outcome → aim). */
async function planHolding(tx: ManagedTransaction, planKey: string, parentKey: string | null): Promise<{ exists: boolean; holdsParent: boolean }> {
  const result = await tx.run(
    `OPTIONAL MATCH (p:StrategicPlan {period: $plan}) WHERE p.retiredAt IS NULL
     RETURN p IS NOT NULL AS exists,
            p IS NOT NULL AND $parent IS NOT NULL AND EXISTS { MATCH (p)-[:HAS_OUTCOME]->(:Outcome)-[:HAS_SUB_OUTCOME]->(:SubOutcome)-[:HAS_AIM*0..1]->(x:Item {key: $parent}) } AS holdsParent`,
    { plan: planKey, parent: parentKey },
  );
  const row = result.records[0]!;
  return { exists: row.get('exists') as boolean, holdsParent: row.get('holdsParent') as boolean };
}

export interface NewAction {
  text: string;
  /** Key of the aim or sub-outcome it is listed under, or null for a free-standing action of the plan. */
  parentKey: string | null;
  planKey: string;
  ownerKey: string | null;
}

export async function createAction(context: GraphQLContext, input: NewAction): Promise<string> {
  const caller = requireRole(context.caller, 'editor', 'Adding an action');
  const text = checkText(input.text, 'input.text');
  return context.executor.writeTransaction('items.createAction', async (tx) => {
    const plan = await planHolding(tx, input.planKey, input.parentKey);
    if (!plan.exists) {
      throw new NotFoundError('input.plan', `no current Strategic Plan has the period "${input.planKey}"; use a plan's period, e.g. 2022-26 (\`plans { period }\`).`);
    }
    if (input.parentKey) {
      const parent = await lockItem(tx, input.parentKey);
      if (!parent || parent.retired || !parent.labels.some((l) => l === 'Aim' || l === 'SubOutcome')) {
        throw new NotFoundError('input.under', 'no current aim or sub-outcome has that id.');
      }
      if (!plan.holdsParent) {
        throw new BadUserInputError('input.under', `that aim or sub-outcome belongs to another plan than ${input.planKey}; give one of ${input.planKey}'s, or the plan it belongs to.`);
      }
    }
    if (input.ownerKey && !(await organisationExists(tx, input.ownerKey))) {
      throw new NotFoundError('input.owner', `no organisation has the key "${input.ownerKey}"; use a key from seeds/organisations.yaml (e.g. public-health-department).`);
    }
    // The owner is the far end (it is not changed), so only where the action goes must be in scope.
    if (input.parentKey) await requireInScope(tx, caller, 'Adding an action', [{ argument: 'input.under', key: input.parentKey }]);
    const code = `A-${randomUUID().slice(0, 8)}`;
    const props = { key: `${input.planKey}/${code}`, code, text, planKey: input.planKey, origin: 'analyst', summarised: false, version: 1, createdBy: caller.name };
    const key = await insertAction(tx, props, input.parentKey, input.ownerKey, {
      actor: caller.name, action: 'item.create', after: JSON.stringify({ text, under: input.parentKey, owner: input.ownerKey }), requestId: context.requestId,
    });
    // Checked as written too: a free-standing action belongs to the plan its planKey names (a period two
    // councils' plans may share), so only the new item itself says whose it is.
    await requireInScope(tx, caller, 'Adding an action', [{ argument: 'input.plan', key }]);
    return key;
  });
}

/**
 * Locks the item, checks the version the caller read, applies the change and flags the item's analyst
 * links SUSPECT with the reason `apply` returns: all in one transaction.
 */
async function changeItem(context: GraphQLContext, key: string, expectedVersion: number, operation: string,
  apply: (tx: ManagedTransaction, current: { wording: string }, actor: string) => Promise<string>): Promise<number> {
  const caller = requireRole(context.caller, 'editor', operation);
  return context.executor.writeTransaction(`items.${operation}`, async (tx) => {
    const current = await lockItem(tx, key);
    if (!current || !current.labels.some((l) => EDITABLE.includes(l))) throw new NotFoundError('id', 'no aim or action has that id.');
    if (current.retired) throw new BadUserInputError('id', 'the item is retired; it can no longer change.');
    if (current.version !== expectedVersion) {
      throw new ConflictError(`The item is at version ${current.version}; you sent version ${expectedVersion}. Read it again and re-apply your change.`, current.version);
    }
    await requireInScope(tx, caller, operation, [{ argument: 'id', key }]);
    const reason = await apply(tx, current, caller.name);
    return flagLinksSuspect(tx, key, reason, { actor: caller.name, requestId: context.requestId });
  });
}

/** Rewords an aim or action; returns how many links were flagged SUSPECT. */
export function rewordPlanItem(context: GraphQLContext, key: string, expectedVersion: number, text: string): Promise<number> {
  const wording = checkText(text, 'text');
  return changeItem(context, key, expectedVersion, 'Rewording an item', async (tx, current, actor) => {
    await rewordItem(tx, key, wording, actor, {
      actor, action: 'item.reword', before: JSON.stringify({ text: current.wording }), after: JSON.stringify({ text: wording }), requestId: context.requestId,
    });
    return `the ${key} wording changed: "${current.wording}" became "${wording}"`;
  });
}

/** Retires an aim or action (kept, hidden from default answers); returns how many links were flagged SUSPECT. */
export function retirePlanItem(context: GraphQLContext, key: string, expectedVersion: number, reason: string): Promise<number> {
  const why = checkText(reason, 'reason');
  return changeItem(context, key, expectedVersion, 'Retiring an item', async (tx, current, actor) => {
    await retireItem(tx, key, why, actor, {
      actor, action: 'item.retire', before: JSON.stringify({ text: current.wording }), after: why, requestId: context.requestId,
    });
    return `${key} was retired: ${why}`;
  });
}

/** Refuses an owner key no organisation has. */
export async function checkOwner(tx: ManagedTransaction, ownerKey: string | null): Promise<void> {
  if (ownerKey && !(await organisationExists(tx, ownerKey))) {
    throw new NotFoundError('input.owner', `no organisation has the key "${ownerKey}"; use a key from seeds/organisations.yaml (e.g. public-health-department).`);
  }
}

/** Adds an analyst's aim under a sub-outcome. */
export async function createAim(context: GraphQLContext, input: { subOutcomeKey: string; text: string; ownerKey: string | null }): Promise<string> {
  const caller = requireRole(context.caller, 'editor', 'Adding an aim');
  const text = checkText(input.text, 'input.text');
  return context.executor.writeTransaction('items.createAim', async (tx) => {
    const parent = await lockItem(tx, input.subOutcomeKey);
    if (!parent || parent.retired || !parent.labels.includes('SubOutcome')) throw new NotFoundError('input.subOutcome', 'no current sub-outcome has that id.');
    await checkOwner(tx, input.ownerKey);
    await requireInScope(tx, caller, 'Adding an aim', [{ argument: 'input.subOutcome', key: input.subOutcomeKey }]);
    const planKey = input.subOutcomeKey.split('/')[0]!;
    const code = `AIM-${randomUUID().slice(0, 8)}`;
    return insertChild(tx, 'Aim', 'HAS_AIM', { key: `${planKey}/${code}`, code, text, origin: 'analyst', summarised: false, version: 1, createdBy: caller.name, order: 1000 },
      input.subOutcomeKey, input.ownerKey, { actor: caller.name, action: 'item.create', after: JSON.stringify({ text, under: input.subOutcomeKey }), requestId: context.requestId });
  });
}
