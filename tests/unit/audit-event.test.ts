import { describe, expect, it } from 'vitest';
import { auditEventClause, auditParameter, eventsOfTargetsParameters, fileAuditEventClause, rowChangeEvent, rowChangesParameter } from '../../src/domains/history/audit-event.js';

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

  it('writes an imported file as one event holding its rows\' changes: the keys, and the rest of each change, in the same order', () => {
    const clause = fileAuditEventClause();
    for (const field of ["action: 'import'", "targetKey: 'import:' + $source", 'after: $summary', 'changedKeys: $changes.keys', 'changes: $changes.entries', 'actor: $audit.actor']) {
      expect(clause).toContain(field);
    }
    const changes = rowChangesParameter([
      { action: 'item.import', targetKey: 'a', targetType: 'ACTION', before: null, after: '{"x":1}' },
      { action: 'link.import.update', targetKey: 'SUPPORTS:1', targetType: 'Link', before: '{"r":"old"}', after: '{"r":"new"}' },
    ]);
    expect(changes.keys).toEqual(['a', 'SUPPORTS:1']);
    expect(JSON.parse(changes.entries[1]!)).toEqual({ action: 'link.import.update', targetType: 'Link', before: '{"r":"old"}', after: '{"r":"new"}' });
  });

  it('reads a file event back as the event of the one item asked about, with the file\'s who, when and request', () => {
    const file = { id: 'e1', at: '2026-12-01T18:00:00Z', actor: 'Import officer', action: 'import', targetKey: 'import:f.csv', targetType: 'Import', before: null, after: '{"rows":2}', reason: null, requestId: 'r-1' };
    const entry = rowChangesParameter([{ action: 'item.import', targetKey: 'a', targetType: 'ACTION', before: null, after: '{"x":1}' }]).entries[0]!;
    expect(rowChangeEvent(file, { targetKey: 'a', entry })).toEqual({ ...file, action: 'item.import', targetKey: 'a', targetType: 'ACTION', before: null, after: '{"x":1}' });
    expect(rowChangeEvent(file, null)).toBe(file);
  });

  it('asks the full-text index for each key as one exact, quoted term, in groups Lucene accepts', () => {
    const { keys, queries } = eventsOfTargetsParameters(['c001-2022-26/3.2-A1', 'odd "key" \\ here']);
    expect(keys).toHaveLength(2);
    expect(queries).toEqual(['"c001-2022-26/3.2-A1" OR "odd \\"key\\" \\\\ here"']);
    const many = eventsOfTargetsParameters(Array.from({ length: 1_200 }, (_, i) => `k${i}`));
    expect(many.queries).toHaveLength(3);
    expect(many.queries.every((q) => q.split(' OR ').length <= 500)).toBe(true);
  });
});
