/** Cypher of the `savings-lines` import kind: reading what the file is compared with, and writing the rows. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { SavingsLineValues } from './savings-lines.import-kind.js';
import { splitNewToGraph } from './new-to-graph.js';
import { auditEventClause, auditParameter, type RowChange } from '../history/audit-event.js';

export interface StoredSavingsLine {
  description: string;
  status: string;
  statusWording: string | null;
  departmentKey: string | null;
  illustrative: boolean;
  years: string[];
  amountsPence: number[];
  /** Sorted by target key. */
  shares: { targetKey: string; basisPoints: number }[];
}

export async function readSavingsLines(tx: ManagedTransaction, keys: string[], source: string) {
  const result = await tx.run(
    `UNWIND $keys AS key MATCH (l:SavingsLine {key: key}) WHERE l.retiredAt IS NULL
     RETURN key, l.description AS description, l.status AS status, l.statusWording AS statusWording, coalesce(l.illustrative, false) AS illustrative, l.years AS years, l.amountsPence AS amountsPence,
            [(l)-[:OWNED_BY]->(d:Organisation) | d.key][0] AS departmentKey,
            [(l)-[a:AFFECTS]->(t) WHERE a.retiredAt IS NULL | {targetKey: t.key, basisPoints: a.shareBasisPoints}] AS shares`,
    { keys },
  );
  const existing = new Map<string, StoredSavingsLine>(result.records.map((r) => [r.get('key') as string, {
    description: r.get('description') as string, status: r.get('status') as string, statusWording: (r.get('statusWording') as string | null) ?? null, departmentKey: r.get('departmentKey') as string | null,
    illustrative: r.get('illustrative') as boolean, years: (r.get('years') as string[]) ?? [], amountsPence: ((r.get('amountsPence') as number[]) ?? []).map(Number),
    shares: (r.get('shares') as StoredSavingsLine['shares']).map((s) => ({ targetKey: s.targetKey, basisPoints: Number(s.basisPoints) })).sort((a, b) => a.targetKey.localeCompare(b.targetKey)),
  }]));
  // Through the items' importSource index: a scan of every savings line grew with the graph.
  const previousRows = await tx.run('MATCH (l:Item) WHERE l.importSource = $source AND l:SavingsLine AND l.retiredAt IS NULL RETURN l.key AS key', { source });
  return { existing, previous: previousRows.records.map((r) => r.get('key') as string) };
}

/** A row to write: the file's values (resolved against the graph), with its key and its audit text. */
type Row = Omit<SavingsLineValues, 'department'> & { key: string; added: boolean; after: string };

/**
 * Writes the rows and returns their changes for the file's audit event. Lines new to the graph (no node with
 * the key, not even a retired one) are CREATEd with their links and shares in one statement; the others take
 * the MERGE path, which retires what the file no longer states.
 */
export async function applySavingsLines(tx: ManagedTransaction, rows: Row[], unchanged: string[], retired: string[], at: { source: string; actor: string; requestId: string }): Promise<RowChange[]> {
  // Lines the file has unchanged now belong to this source too (a seed line exported and imported back), so a
  // later import of the same source that drops them retires them.
  if (unchanged.length) await tx.run('UNWIND $keys AS key MATCH (l:SavingsLine {key: key}) SET l.importSource = $source', { keys: unchanged, ...at });
  const { fresh, others } = await splitNewToGraph(tx, 'SavingsLine', rows);
  if (fresh.length) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (e:Document {key: row.edition}), (dept:Organisation {key: row.departmentKey})
       CREATE (l:Item:SavingsLine {key: row.key, createdAt: toString(datetime()), createdBy: $actor, version: 1, origin: 'import', reference: row.reference,
               description: row.description, status: row.status, statusWording: row.statusWording, years: row.years, amountsPence: row.amountsPence,
               illustrative: row.illustrative, importSource: $source,
               illustrativeNote: CASE WHEN row.illustrative THEN 'Marked illustrative in the import file ' + $source ELSE null END})
       CREATE (e)-[:HAS_SAVINGS_LINE]->(l)
       CREATE (l)-[:OWNED_BY]->(dept)
       WITH l, row
       CALL (l, row) {
         UNWIND coalesce(row.shares, []) AS share
         MATCH (t:Item {key: share.targetKey})
         CREATE (l)-[:AFFECTS {shareBasisPoints: share.basisPoints, origin: 'import', importSource: $source, basis: 'ANALYST_JUDGEMENT',
                               illustrative: row.illustrative, createdAt: toString(datetime()), createdBy: $actor}]->(t)
       }`,
      { rows: fresh, ...at },
    );
  }
  if (others.length) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (e:Document {key: row.edition})
       MERGE (l:Item:SavingsLine {key: row.key})
       ON CREATE SET l.createdAt = toString(datetime()), l.createdBy = $actor, l.version = 0, l.origin = 'import'
       SET l.reference = row.reference, l.description = row.description, l.status = row.status, l.statusWording = row.statusWording, l.years = row.years, l.amountsPence = row.amountsPence,
           l.illustrative = row.illustrative, l.importSource = $source, l.version = coalesce(l.version, 0) + 1, l.retiredAt = null,
           l.illustrativeNote = CASE WHEN row.illustrative THEN coalesce(l.illustrativeNote, 'Marked illustrative in the import file ' + $source) ELSE null END
       MERGE (e)-[:HAS_SAVINGS_LINE]->(l)
       WITH l, row
       // A line moved to another department loses its old owner link (it would otherwise show under two).
       OPTIONAL MATCH (l)-[old:OWNED_BY]->(d:Organisation) WHERE d.key <> row.departmentKey
       DELETE old
       WITH DISTINCT l, row
       MATCH (dept:Organisation {key: row.departmentKey})
       MERGE (l)-[:OWNED_BY]->(dept)`,
      { rows: others, ...at },
    );
    // Shares, where the file gives them: a changed or dropped share is retired (kept as history), a new one added.
    await tx.run(
      `UNWIND [row IN $rows WHERE row.shares IS NOT NULL] AS row
       MATCH (l:SavingsLine {key: row.key})
       OPTIONAL MATCH (l)-[old:AFFECTS]->(t) WHERE old.retiredAt IS NULL
         AND NOT any(s IN row.shares WHERE s.targetKey = t.key AND s.basisPoints = old.shareBasisPoints)
       SET old.retiredAt = toString(datetime()), old.retiredBy = $actor, old.retiredReason = 'changed in the import of ' + $source
       WITH DISTINCT l, row
       UNWIND row.shares AS share
       MATCH (t:Item {key: share.targetKey})
       WHERE NOT exists { (l)-[a:AFFECTS]->(t) WHERE a.retiredAt IS NULL AND a.shareBasisPoints = share.basisPoints }
       CREATE (l)-[:AFFECTS {shareBasisPoints: share.basisPoints, origin: 'import', importSource: $source, basis: 'ANALYST_JUDGEMENT',
                             illustrative: row.illustrative, createdAt: toString(datetime()), createdBy: $actor}]->(t)`,
      { rows: others, ...at },
    );
  }
  if (retired.length) {
    await tx.run(
      `UNWIND $keys AS key MATCH (l:SavingsLine {key: key})
       SET l.retiredAt = toString(datetime()), l.retiredBy = $actor, l.retiredReason = 'absent from the latest import of ' + $source, l.version = coalesce(l.version, 0) + 1
       ${auditEventClause({ action: "'savings.import.retire'", targetKey: 'key', targetType: "'SavingsLine'" })}`,
      { keys: retired, ...at, audit: auditParameter(at) },
    );
  }
  return rows.map((r) => ({ action: r.added ? 'savings.import' : 'savings.import.update', targetKey: r.key, targetType: 'SavingsLine', before: null, after: r.after }));
}
