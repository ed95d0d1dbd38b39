import type { Executor } from '../neo4j/database.js';
import { byKey } from '../shared/by-keys.js';
import { findTokensByIds } from './tokens.repository.js';

export function createAuthLoaders(db: Executor) {
  return {
    /** Tokens by their stored id (the key inside an ApiToken's global id), whoever asks: see tokenVisibleTo. */
    tokenById: byKey((ids) => findTokensByIds(db, ids), (t) => t.id),
  };
}
