/**
 * An analyst link's key is `<kind>:<uuid>` (links/link-changes.ts makes them), its kind one of the graph's
 * analyst link types (src/neo4j/migrations/migrations.ts). Kept below the domains because the audit trail
 * (history) tells a link's id from another record's, and the links domain writes its events through history.
 */
import { ANALYST_LINK_TYPES } from '../neo4j/migrations/migrations.js';

export type LinkKind = (typeof ANALYST_LINK_TYPES)[number];

const isLinkKind = (kind: string): kind is LinkKind => (ANALYST_LINK_TYPES as readonly string[]).includes(kind);

/** The kind of an analyst link, from its key (`SUPPORTS:…`); null when the key is not a link's. */
export function kindOfLinkKey(key: string): LinkKind | null {
  const kind = key.split(':')[0] ?? '';
  return isLinkKind(kind) ? kind : null;
}

/** Whether a key is an analyst link's (the audit trail's `history(id:)` asks). */
export const isLinkKey = (key: string): boolean => kindOfLinkKey(key) !== null;
