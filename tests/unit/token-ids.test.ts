/** A token's id in the API is a global id; revoking takes it or the stored UUID the token CLI prints. */
import { describe, expect, it } from 'vitest';
import { storedTokenIdOf, tokenGlobalId, tokenVisibleTo } from '../../src/auth/token-ids.js';
import { toGlobalId } from '../../src/shared/global-id.js';

const STORED = '0b6f6c1e-3c1a-4b8e-9a57-2f0d1c9e7a44';
const token = { id: STORED, name: 'Board member', role: 'viewer' as const, scope: 'lcc', createdAt: '2026-12-01T18:00:00.000Z', revokedAt: null };

describe('token ids', () => {
  it('takes the global id or the stored UUID, and refuses the id of anything else, naming the argument', () => {
    expect(storedTokenIdOf(tokenGlobalId(token), 'id')).toBe(STORED);
    expect(storedTokenIdOf(` ${STORED.toUpperCase()} `, 'id')).toBe(STORED);
    expect(() => storedTokenIdOf(toGlobalId('Outcome', '2022-26/9'), 'id')).toThrow(/expected the id of a ApiToken, got the id of a Outcome/);
    expect(() => storedTokenIdOf('nonsense!', 'id')).toThrow(/not an id this API issued/);
  });

  it('shows a token to admins only, and to a scoped admin only within its scope', () => {
    const caller = (role: 'viewer' | 'editor' | 'admin', scope: string | null) => ({ tokenId: 'x', name: 'x', role, scope });
    expect(tokenVisibleTo(null, token)).toBe(false);
    expect(tokenVisibleTo(caller('editor', null), token)).toBe(false);
    expect(tokenVisibleTo(caller('admin', null), token)).toBe(true);
    expect(tokenVisibleTo(caller('admin', 'lcc'), token)).toBe(true);
    expect(tokenVisibleTo(caller('admin', 'c001-council'), token)).toBe(false);
  });
});
