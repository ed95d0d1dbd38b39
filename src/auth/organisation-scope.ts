/**
 * Tokens scoped to an organisation (a council, a partnership): the one place that knows which organisation
 * owns an item, and the one check every write makes. An item is in a scope when the top of its tree (the plan
 * of an outcome or action, the strategy of a priority, the MTFS edition of a savings line, the business plan
 * of a commitment; the item itself when nothing holds it) is the scope's organisation, one PART_OF it, or is
 * OWNED_BY one of those. Only the top of the tree counts: an action owned by a partner's team still belongs
 * to the council whose plan lists it, so naming an owner never hands an item to another organisation.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ForbiddenError } from '../shared/errors.js';
import type { Caller } from './roles.js';

/** The relationships that hold an item in its tree, parent to child. Fixed here, never taken from input. */
const TREE = 'HAS_OUTCOME|HAS_SUB_OUTCOME|HAS_AIM|HAS_ACTION|MEASURED_BY|HAS_SAVINGS_LINE|HAS_COST_PRESSURE|HAS_PRIORITY|HAS_COMMITMENT|HAS_THEME|HAS_SUB_THEME|HAS_PRINCIPLE|HAS_APPROACH|HAS_OBJECTIVE';
/** Departments sit in a council, teams in departments: a few levels are all the seeds and generator have. */
const NESTING = '*0..4';

/**
 * Cypher (a boolean expression): whether node `n` is in the scope of the organisation whose key is the
 * parameter `scope` (e.g. `$scope`, `row.scope`). A free-standing action of a plan (no parent) is held by
 * its plan through its `planKey`.
 */
export const inScopeOf = (n: string, scope: string) =>
  `EXISTS {
     MATCH (${n})<-[:${TREE}*0..6]-(scopeRoot)
     WHERE NOT EXISTS { MATCH (scopeRoot)<-[:${TREE}]-() }
     OPTIONAL MATCH (scopePlan:StrategicPlan {key: scopeRoot.planKey}) WHERE scopeRoot:Action
     WITH coalesce(scopePlan, scopeRoot) AS top
     MATCH (scopeOrg:Organisation {key: ${scope}})
     WHERE (top:Organisation AND EXISTS { MATCH (top)-[:PART_OF${NESTING}]->(scopeOrg) })
        OR EXISTS { MATCH (top)-[:OWNED_BY]->(:Organisation)-[:PART_OF${NESTING}]->(scopeOrg) }
   }`;

/**
 * Cypher (a whole statement, parameter `$scope`): the keys a scoped token may read when anonymous reading is
 * off. `inScope` is what `inScopeOf` holds, found top-down (the scope's organisations, what they own, the
 * trees under those that are tops, a plan's free-standing actions); `linked` is one hop further: the far end
 * of every relationship from an in-scope item (a partnership's priority an action aligns with, the team
 * that owns an action, the paper an item cites) and the key of that relationship when it has one (an
 * analyst's link). Nothing is reached from a linked item in turn.
 */
export const READABLE_IN_SCOPE = `
  MATCH (scopeOrg:Organisation {key: $scope})
  MATCH (org:Organisation)-[:PART_OF${NESTING}]->(scopeOrg)
  WITH collect(DISTINCT org) AS orgs
  CALL {
    WITH orgs UNWIND orgs AS top RETURN top
    UNION
    WITH orgs UNWIND orgs AS org MATCH (top)-[:OWNED_BY]->(org) RETURN top
  }
  WITH DISTINCT top
  CALL {
    WITH top WITH top WHERE NOT EXISTS { MATCH (top)<-[:${TREE}]-() }
      AND NOT (top:Action AND EXISTS { MATCH (:StrategicPlan {key: top.planKey}) })
    RETURN top AS root
    UNION
    WITH top MATCH (root:Action {planKey: top.key}) WHERE top:StrategicPlan AND NOT EXISTS { MATCH (root)<-[:${TREE}]-() }
    RETURN root
  }
  MATCH (root)-[:${TREE}*0..6]->(n)
  WITH DISTINCT n
  OPTIONAL MATCH (n)-[r]->(far) WHERE far.key IS NOT NULL AND NOT far:AuditEvent
  RETURN collect(DISTINCT n.key) AS inScope, collect(DISTINCT far.key) + collect(DISTINCT r.key) AS linked`;

/** What a scoped caller is told when an item is out of scope: the item, the scope, and what to do. */
function outOfScope(caller: Caller, operation: string, argument: string, key: string): ForbiddenError {
  return new ForbiddenError(
    `${operation}: "${key}" (${argument}) is outside the scope of the token "${caller.name}", which may change only what the organisation "${caller.scope}" owns ` +
    '(its plans and their items, strategies, MTFS editions and savings lines, and the departments part of it). ' +
    'Ask an editor of the organisation that owns it, or an admin for a token with that scope (or none).',
    { argument, key, scope: caller.scope },
  );
}

/**
 * Refuses the write unless every key given is in the caller's scope (an unscoped caller may change anything).
 * Keys that name nothing are left to the caller's own checks (NOT_FOUND), so the order of errors stays the same.
 */
export async function requireInScope(tx: ManagedTransaction, caller: Caller, operation: string, items: readonly { argument: string; key: string }[]): Promise<void> {
  if (!caller.scope || items.length === 0) return;
  const result = await tx.run(
    `UNWIND $items AS item MATCH (n:Item {key: item.key})
     WITH item, n WHERE NOT ${inScopeOf('n', '$scope')}
     RETURN item.argument AS argument, item.key AS key LIMIT 1`,
    { items, scope: caller.scope },
  );
  const out = result.records[0];
  if (out) throw outOfScope(caller, operation, out.get('argument') as string, out.get('key') as string);
}

/** For whole-graph operations (restoring a backup): only an unscoped caller may make them. */
export function requireUnscoped(caller: Caller, operation: string): void {
  if (caller.scope) {
    throw new ForbiddenError(`${operation} changes the whole graph, and the token "${caller.name}" is scoped to "${caller.scope}": ask an admin whose token has no scope.`, { scope: caller.scope });
  }
}
