/**
 * What the graph remembers of an import source: the mapping its spreadsheet reads with (an ImportSource node,
 * `import:<kind>:<source>`, one per source and kind), and the organisation wordings its mapping stated (Alias nodes
 * on the organisations, like the papers' other wordings). Both are written only by a real import, in its
 * transaction, each with its audit event; a dry run shows what they would be and writes nothing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../../neo4j/database.js';
import { auditEventClause, auditParameter } from '../history/audit-event.js';
import { mappingText, type ImportMapping } from './import-mapping.js';

const keyOf = (kind: string, source: string) => `import:${kind}:${source}`;

export async function readRememberedMapping(db: Executor, kind: string, source: string): Promise<ImportMapping | null> {
  const rows = await db.read<{ mapping: string }>('imports.rememberedMapping', 'MATCH (s:ImportSource {key: $key}) RETURN s.mapping AS mapping', { key: keyOf(kind, source) });
  return rows[0] ? (JSON.parse(rows[0].mapping) as ImportMapping) : null;
}

/** Stores the mapping the import used, when it differs from the one remembered. Returns whether it wrote. */
export async function rememberMapping(tx: ManagedTransaction, source: string, kind: string, mapping: ImportMapping, at: { actor: string; requestId: string }): Promise<boolean> {
  const text = mappingText(mapping);
  const result = await tx.run(
    `MERGE (s:ImportSource {key: $key})
     ON CREATE SET s.source = $source, s.createdAt = toString(datetime()), s.createdBy = $actor, s.version = 0
     WITH s, s.mapping AS before
     WHERE before IS NULL OR before <> $mapping
     SET s.kind = $kind, s.mapping = $mapping, s.updatedAt = toString(datetime()), s.updatedBy = $audit.actor, s.version = s.version + 1
     ${auditEventClause({ action: "'import.mapping'", targetKey: 's.key', targetType: "'ImportSource'", before: 'before', after: '$mapping' })}
     RETURN s.key AS key`,
    { key: keyOf(kind, source), source, kind, mapping: text, actor: at.actor, audit: auditParameter(at) },
  );
  return result.records.length > 0;
}

/** Records each wording → organisation the mapping stated that is not already a name or alias of it. */
export async function recordOrganisationAliases(tx: ManagedTransaction, wordings: { text: string; key: string }[], source: string, at: { actor: string; requestId: string }): Promise<number> {
  if (!wordings.length) return 0;
  const result = await tx.run(
    `UNWIND $wordings AS w
     MATCH (o:Organisation {key: w.key})
     WHERE toLower(coalesce(o.name, '')) <> toLower(w.text)
       AND NOT exists { MATCH (a:Alias)-[:ALIAS_OF]->(o) WHERE a.retiredAt IS NULL AND toLower(a.text) = toLower(w.text) }
     CREATE (a:Alias {key: o.key + '#import-alias-' + randomUUID(), text: w.text, kind: 'NAME', origin: 'import', importSource: $source,
                      note: 'How the import source ' + $source + ' names it (stated in its import mapping).',
                      createdAt: toString(datetime()), createdBy: $audit.actor})-[:ALIAS_OF]->(o)
     ${auditEventClause({ action: "'alias.import'", targetKey: 'o.key', targetType: "'Alias'", after: 'w.text' })}
     RETURN count(*) AS n`,
    { wordings, source, audit: auditParameter(at) },
  );
  return Number(result.records[0]?.get('n') ?? 0);
}
