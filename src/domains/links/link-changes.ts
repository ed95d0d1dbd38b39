/**
 * What an editor can do to a link, each in one transaction with its audit event: create (PROPOSED),
 * update, validate (a second editor confirms: VALIDATED), retire (kept, hidden from default answers).
 * Every change names the version it was made against; a stale version is a CONFLICT, never a silent overwrite.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { requireRole } from '../../auth/roles.js';
import type { GraphQLContext } from '../../context.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { LINK_RULES, linkEndsProblem, type LinkKind } from './link-rules.js';
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
async function lockForChange(tx: ManagedTransaction, id: string, key: string, expectedVersion: number): Promise<LinkModel> {
  const link = await lockLink(tx, key);
  if (!link) throw new NotFoundError('id', `no link has the id "${id}".`);
  if (link.retiredAt) throw new BadUserInputError('id', `the link was retired on ${link.retiredAt} by ${link.retiredBy} ("${link.retiredReason}"); create a new one instead.`);
  if (link.version !== expectedVersion) {
    throw new ConflictError(
      `The link is at version ${link.version} (changed by ${link.updatedBy ?? link.validatedBy ?? link.createdBy} at ${link.updatedAt ?? link.validatedAt ?? link.createdAt}); you sent version ${expectedVersion}. Read it again and re-apply your change.`,
      link.version,
    );
  }
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
    const existing = await findActiveLinkBetween(tx, input.kind, input.fromKey, input.toKey);
    if (existing) throw new BadUserInputError('input', `these items already have an active ${input.kind} link (key ${existing}); update it instead.`);
    const props = {
      fromKey: input.fromKey, toKey: input.toKey, key: `${input.kind}:${randomUUID()}`, origin: 'analyst', status: 'PROPOSED',
      basis: 'ANALYST_JUDGEMENT', rationale, strength: input.strength ?? null, share, version: 1, createdBy: caller.name,
    };
    return insertLink(tx, input.kind, props, {
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
    const before = await lockForChange(tx, id, key, expectedVersion);
    return changeLink(tx, key, { ...set, updatedBy: caller.name, updatedAt: new Date().toISOString() }, [], {
      actor: caller.name, action: 'link.update', before: snapshot(before), after: JSON.stringify(set), requestId: context.requestId,
    });
  });
}

/** A second editor confirms a proposed link, or re-confirms a suspect one. */
export async function validateLink(context: GraphQLContext, id: string, key: string, expectedVersion: number): Promise<LinkModel> {
  const caller = requireRole(context.caller, 'editor', 'Validating a link');
  return inTransaction(context, 'links.validate', async (tx) => {
    const before = await lockForChange(tx, id, key, expectedVersion);
    if (before.status === 'VALIDATED') throw new BadUserInputError('id', `the link is already validated (by ${before.validatedBy}).`);
    if (before.status === 'PROPOSED' && before.createdBy === caller.name) {
      throw new ForbiddenError(`A second editor must validate a link: "${caller.name}" proposed this one.`);
    }
    return changeLink(tx, key, { status: 'VALIDATED', validatedBy: caller.name, validatedAt: new Date().toISOString() }, ['suspectReason'], {
      actor: caller.name, action: before.status === 'SUSPECT' ? 'link.reconfirm' : 'link.validate', before: snapshot(before), requestId: context.requestId,
    });
  });
}

export async function retireLink(context: GraphQLContext, id: string, key: string, expectedVersion: number, reason: string): Promise<LinkModel> {
  const caller = requireRole(context.caller, 'editor', 'Retiring a link');
  const why = checkRationale(reason, 'reason');
  return inTransaction(context, 'links.retire', async (tx) => {
    const before = await lockForChange(tx, id, key, expectedVersion);
    return changeLink(tx, key, { status: 'RETIRED', retiredBy: caller.name, retiredAt: new Date().toISOString(), retiredReason: why }, [], {
      actor: caller.name, action: 'link.retire', before: snapshot(before), after: why, requestId: context.requestId,
    });
  });
}

export const LINK_KINDS = Object.keys(LINK_RULES) as LinkKind[];
