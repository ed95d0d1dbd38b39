/**
 * What an editor can do to a link, each in one transaction with its audit event: create (PROPOSED),
 * update, validate (a second editor confirms: VALIDATED), retire (kept, hidden from default answers).
 * Every change names the version it was made against; a stale version is a CONFLICT, never a silent overwrite.
 *
 * The review rules (docs/security.md): a link becomes VALIDATED only by an editor who neither created it nor
 * made its latest change of content, compared by token id (names are only a fallback for links made before
 * ids were recorded, or by the CLI's imports); never while an end is retired; and a change of its
 * rationale, strength or share sends a VALIDATED link back to PROPOSED.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { requireInScope } from '../../auth/organisation-scope.js';
import { requireRole, type Caller } from '../../auth/roles.js';
import type { GraphQLContext } from '../../context.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { kindOfLinkKey, LINK_RULES, linkEndsProblem, type LinkKind } from './link-rules.js';
import type { LinkModel } from './links.models.js';
import { changeLink, findActiveLinkBetween, findEnds, insertLink, lockLink } from './links.repository.js';

export interface NewLink {
  fromKey: string;
  toKey: string;
  kind: LinkKind;
  rationale: string;
  strength?: string | null;
  share?: number | null;
}

function checkRationale(rationale: string | null | undefined, argumentName = 'rationale'): string {
  const text = (rationale ?? '').trim();
  if (text.length < 3) throw new BadUserInputError(argumentName, 'say why, in a few words (at least 3 characters).');
  if (text.length > 2000) throw new BadUserInputError(argumentName, `at most 2000 characters; got ${text.length}.`);
  return text;
}

function checkShare(share: number | null | undefined): number | null {
  if (share == null) return null;
  if (!Number.isFinite(share) || share <= 0 || share > 100) throw new BadUserInputError('share', `a percentage above 0 and at most 100; got ${share}.`);
  return share;
}

function snapshot(link: LinkModel): string {
  const { key, kind, status, rationale, strength, share, version } = link;
  return JSON.stringify({ key, kind, from: link.from.key, to: link.to.key, status, rationale, strength, share, version });
}

async function inTransaction<T>(context: GraphQLContext, operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return context.executor.writeTransaction(operation, work);
}

/** Locks the link and checks it can be changed at the version the caller read. */
async function lockForChange(tx: ManagedTransaction, id: string, key: string, expectedVersion: number, caller: Caller, operation: string): Promise<LinkModel> {
  const link = await lockLink(tx, key);
  if (!link) throw new NotFoundError('id', `no link has the id "${id}".`);
  if (link.retiredAt) throw new BadUserInputError('id', `the link was retired on ${link.retiredAt} by ${link.retiredBy} ("${link.retiredReason}"); create a new one instead.`);
  if (link.version !== expectedVersion) {
    throw new ConflictError(
      `The link is at version ${link.version} (changed by ${link.updatedBy ?? link.validatedBy ?? link.createdBy} at ${link.updatedAt ?? link.validatedAt ?? link.createdAt}); you sent version ${expectedVersion}. Read it again and re-apply your change.`,
      link.version,
    );
  }
  // Changing a link is changing what its from end says: that end must be in the caller's scope.
  await requireInScope(tx, caller, operation, [{ argument: 'id', key: link.from.key }]);
  return link;
}

export async function createLink(context: GraphQLContext, input: NewLink): Promise<LinkModel> {
  const caller = requireRole(context.caller, 'editor', 'Creating a link');
  const rationale = checkRationale(input.rationale);
  const share = checkShare(input.share);
  if (input.fromKey === input.toKey) throw new BadUserInputError('input.to', 'a link joins two different items.');
  return inTransaction(context, 'links.create', async (tx) => {
    const { fromLabels, toLabels } = await findEnds(tx, input.fromKey, input.toKey);
    if (!fromLabels) throw new NotFoundError('input.from', 'no current item has that id.');
    if (!toLabels) throw new NotFoundError('input.to', 'no current item has that id.');
    const problem = linkEndsProblem(input.kind, fromLabels, toLabels);
    if (problem) throw new BadUserInputError('input.kind', problem);
    // A link belongs to the item it starts from: its far end may lie outside the caller's scope.
    await requireInScope(tx, caller, 'Creating a link', [{ argument: 'input.from', key: input.fromKey }]);
    const existing = await findActiveLinkBetween(tx, input.kind, input.fromKey, input.toKey);
    if (existing) throw new BadUserInputError('input', `these items already have an active ${input.kind} link (key ${existing}); update it instead.`);
    const props = {
      fromKey: input.fromKey, toKey: input.toKey, key: `${input.kind}:${randomUUID()}`, origin: 'analyst', status: 'PROPOSED',
      basis: 'ANALYST_JUDGEMENT', rationale, strength: input.strength ?? null, share, version: 1, createdBy: caller.name,
    };
    // The token id decides who may validate; it is kept on the link, out of the audit trail's text.
    return insertLink(tx, input.kind, { ...props, createdByTokenId: caller.tokenId }, {
      actor: caller.name, action: 'link.create', after: JSON.stringify({ ...props, fromKey: undefined, toKey: undefined, from: input.fromKey, to: input.toKey }),
      requestId: context.requestId,
    });
  });
}

export async function updateLink(context: GraphQLContext, id: string, key: string, expectedVersion: number,
  changes: { rationale?: string | null; strength?: string | null; share?: number | null }): Promise<LinkModel> {
  const caller = requireRole(context.caller, 'editor', 'Updating a link');
  const set: Record<string, unknown> = {};
  if (changes.rationale !== undefined) set.rationale = checkRationale(changes.rationale);
  if (changes.strength !== undefined) set.strength = changes.strength;
  if (changes.share !== undefined) set.share = checkShare(changes.share);
  if (Object.keys(set).length === 0) throw new BadUserInputError('input', 'nothing to change: give rationale, strength or share.');
  return inTransaction(context, 'links.update', async (tx) => {
    const before = await lockForChange(tx, id, key, expectedVersion, caller, 'Updating a link');
    const current = before as unknown as Record<string, unknown>;
    if (Object.entries(set).every(([name, value]) => (current[name] ?? null) === value)) {
      throw new BadUserInputError('input', 'nothing changes: the link already has these values.');
    }
    // Every field here is content a reviewer confirmed: changed, a validated link waits for review again.
    const review = before.status === 'VALIDATED' ? { status: 'PROPOSED' } : {};
    return changeLink(tx, key, { ...set, ...review, updatedBy: caller.name, updatedByTokenId: caller.tokenId, updatedAt: new Date().toISOString() },
      before.status === 'VALIDATED' ? ['validatedBy', 'validatedByTokenId', 'validatedAt'] : [], {
        actor: caller.name, action: 'link.update', before: snapshot(before), after: JSON.stringify({ ...set, ...review }), requestId: context.requestId,
      });
  });
}

/** Who wrote the link's content, and whether its ends are current: what validating it depends on. */
async function reviewFacts(tx: ManagedTransaction, key: string) {
  const kind = kindOfLinkKey(key)!;
  // The type comes from the key, checked against the link kinds; never from input as such.
  const result = await tx.run(
    `MATCH (a)-[r:${kind} {key: $key}]->(b)
     RETURN r.createdByTokenId AS createdByTokenId, r.updatedByTokenId AS updatedByTokenId,
            CASE WHEN a.retiredAt IS NOT NULL THEN a.key WHEN b.retiredAt IS NOT NULL THEN b.key END AS retiredEnd`,
    { key },
  );
  const row = result.records[0]!;
  return { createdByTokenId: row.get('createdByTokenId') as string | null, updatedByTokenId: row.get('updatedByTokenId') as string | null, retiredEnd: row.get('retiredEnd') as string | null };
}

/** "created" or "last changed" when the caller wrote the link's content, else null. */
function authorship(link: LinkModel, facts: { createdByTokenId: string | null; updatedByTokenId: string | null }, caller: Caller): string | null {
  const same = (tokenId: string | null, name: string | null) => (tokenId ? tokenId === caller.tokenId : name !== null && name === caller.name);
  if (same(facts.createdByTokenId, link.createdBy)) return 'created';
  if (link.updatedBy && same(facts.updatedByTokenId, link.updatedBy)) return 'last changed';
  return null;
}

/** A second editor confirms a proposed link, or re-confirms a suspect one: the same rule for both routes. */
export async function validateLink(context: GraphQLContext, id: string, key: string, expectedVersion: number): Promise<LinkModel> {
  const caller = requireRole(context.caller, 'editor', 'Validating a link');
  return inTransaction(context, 'links.validate', async (tx) => {
    const before = await lockForChange(tx, id, key, expectedVersion, caller, 'Validating a link');
    if (before.status === 'VALIDATED') throw new BadUserInputError('id', `the link is already validated (by ${before.validatedBy}).`);
    const facts = await reviewFacts(tx, key);
    const wrote = authorship(before, facts, caller);
    if (wrote) throw new ForbiddenError(`A second editor must validate a link: "${caller.name}" ${wrote} this one. Ask another editor to review it.`);
    if (facts.retiredEnd) {
      throw new BadUserInputError('id', `its end ${facts.retiredEnd} is retired, so the link cannot be validated: retire the link, or link a current item instead.`);
    }
    return changeLink(tx, key, { status: 'VALIDATED', validatedBy: caller.name, validatedByTokenId: caller.tokenId, validatedAt: new Date().toISOString() }, ['suspectReason'], {
      actor: caller.name, action: before.status === 'SUSPECT' ? 'link.reconfirm' : 'link.validate', before: snapshot(before), requestId: context.requestId,
    });
  });
}

export async function retireLink(context: GraphQLContext, id: string, key: string, expectedVersion: number, reason: string): Promise<LinkModel> {
  const caller = requireRole(context.caller, 'editor', 'Retiring a link');
  const why = checkRationale(reason, 'reason');
  return inTransaction(context, 'links.retire', async (tx) => {
    const before = await lockForChange(tx, id, key, expectedVersion, caller, 'Retiring a link');
    return changeLink(tx, key, { status: 'RETIRED', retiredBy: caller.name, retiredAt: new Date().toISOString(), retiredReason: why }, [], {
      actor: caller.name, action: 'link.retire', before: snapshot(before), after: why, requestId: context.requestId,
    });
  });
}

export const LINK_KINDS = Object.keys(LINK_RULES) as LinkKind[];
