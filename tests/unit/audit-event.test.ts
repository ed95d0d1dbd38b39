import { describe, expect, it } from 'vitest';
import { auditEventClause, auditParameter } from '../../src/domains/history/audit-event.js';

describe('the one audit event shape', () => {
  it('writes every field of an event, whoever writes it: who, which request, what, on what, before, after and why', () => {
    const clause = auditEventClause({ action: "'link.retire'", targetKey: 'r.key', targetType: "'Link'", before: '$audit.before' });
    for (const field of ['id: randomUUID()', 'at: datetime()', 'actor: $audit.actor', 'requestId: $audit.requestId', 'scope: $audit.scope', "action: 'link.retire'",
      'targetKey: r.key', "targetType: 'Link'", 'before: $audit.before', 'after: null', 'reason: $audit.reason']) {
      expect(clause).toContain(field);
    }
    expect(clause.startsWith('CREATE (:AuditEvent {')).toBe(true);
  });

  // The scope is null here: a request's executor fills in its scoped caller's (tests/api/token-scopes.test.ts).
  it('fills what a writer leaves out with null, so a statement never misses a parameter', () => {
    expect(auditParameter({ actor: 'token CLI', requestId: null })).toEqual({ actor: 'token CLI', requestId: null, reason: null, action: '', before: null, after: null, scope: null });
    expect(auditParameter({ actor: 'Finance editor', requestId: 'r-1', action: 'savings.update', reason: 'Cabinet decision', after: '{}' }))
      .toMatchObject({ reason: 'Cabinet decision', after: '{}', before: null });
  });

  it('takes extra fields only under plain names, so no text can open the map', () => {
    expect(auditEventClause({ action: "'seeds.load'", targetKey: "'seeds'", targetType: "'Seeds'", extra: { nodesCreated: '$created' } })).toContain(', nodesCreated: $created})');
    expect(() => auditEventClause({ action: "'x'", targetKey: "'y'", targetType: "'z'", extra: { 'a}) DETACH DELETE (n': '1' } })).toThrow(/not an audit field name/);
  });
});
