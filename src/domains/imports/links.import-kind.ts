/**
 * Import kind `links`: analysts' links kept in a spreadsheet. One row per link:
 *   from, kind, to, rationale, strength, share, illustrative
 * where from/to are item keys (e.g. 2022-26/9.3-A2-3, 2022-26/5.4). A row is matched to an existing active
 * link of the same kind between the same items; links imported earlier from the same source and absent
 * from the file are retired. A row marked `illustrative: yes` becomes an illustrative link (basis
 * ILLUSTRATIVE), which every answer counts apart and can leave out.
 */
import { randomUUID } from 'node:crypto';
import { LINK_RULES, linkEndsProblem, type LinkKind } from '../links/link-rules.js';
import type { ImportProblem, ImportRow } from './import-file.js';
import type { ColumnSpec, ImportDiff, ImportKind, ImportRecord } from './import-kind.js';
import { illustrativeColumn, readColumns } from './read-columns.js';
import { auditEventClause, auditParameter } from '../history/audit-event.js';

export interface LinkRowValues {
  from: string;
  kind: LinkKind;
  to: string;
  rationale: string;
  strength: 'PRIMARY' | 'CONTRIBUTORY' | null;
  share: number | null;
  illustrative: boolean;
}

const COMPARED = ['rationale', 'strength', 'share', 'illustrative'] as const;

/** "40", "40%", "40.5 %" → 40.5; blank → null. */
function readShare(text: string): number | null | 'bad' {
  const t = text.trim().replace(/%$/, '').trim();
  if (!t) return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return 'bad';
  return Number(t);
}

const BATCH = 5000;
function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

const LINK_KINDS = Object.keys(LINK_RULES) as LinkKind[];

const COLUMNS = [
  { name: 'from', required: true, description: 'key of the item the link starts from, e.g. 2022-26/9.3-A2-3', synonyms: ['From key', 'From item', 'Source item', 'Action key', 'Start'] },
  { name: 'kind', required: true, description: `one of ${LINK_KINDS.join(', ')}`, synonyms: ['Link kind', 'Link type', 'Type', 'Relationship'], oneOf: { words: LINK_KINDS, noun: 'link kind' } },
  { name: 'to', required: true, description: 'key of the item the link points to, e.g. 2022-26/5.4', synonyms: ['To key', 'To item', 'Target', 'Target item', 'Outcome key', 'End'] },
  { name: 'rationale', required: true, description: 'why the link holds', synonyms: ['Reason', 'Why', 'Justification', 'Evidence', 'Notes'] },
  { name: 'strength', required: false, description: 'PRIMARY or CONTRIBUTORY (blank for none)', synonyms: ['Link strength', 'Contribution'], oneOf: { words: ['PRIMARY', 'CONTRIBUTORY'], noun: 'strength' } },
  { name: 'share', required: false, description: 'percent above 0 and at most 100, with or without % (blank for none)', synonyms: ['Share %', 'Percentage', 'Percent', 'Weight', 'Weighting'] },
  illustrativeColumn('yes when the link is not an analyst\'s judgement about the council\'s own thread (default no)', ['Illustrative?', 'Example', 'Invented']),
] as const satisfies readonly ColumnSpec[];

export const linksImportKind: ImportKind<LinkRowValues> = {
  name: 'links',
  columns: COLUMNS,

  readRow(row: ImportRow, problems: ImportProblem[]): ImportRecord<LinkRowValues> | undefined {
    const before = problems.length;
    const { text, flag } = readColumns(COLUMNS, row, problems);
    const { from, to, rationale } = text;
    const share = readShare(text.share);
    if (share === 'bad' || (typeof share === 'number' && (share <= 0 || share > 100))) {
      problems.push({ line: row.line, column: 'share', message: `"${row.fields.share}" is not a share: give a percentage above 0 and at most 100 (e.g. 40 or 40%).` });
    }
    if (from && from === to) problems.push({ line: row.line, column: 'to', message: 'a link joins two different items.' });
    if (problems.length > before) return undefined;
    const kind = text.kind as LinkKind;
    return {
      line: row.line,
      key: `${from}|${kind}|${to}`,
      values: { from, kind, to, rationale, strength: (text.strength || null) as LinkRowValues['strength'], share: share as number | null, illustrative: flag.illustrative },
    };
  },

  async checkAgainstGraph(tx, records, problems) {
    const keys = [...new Set(records.flatMap((r) => [r.values.from, r.values.to]))];
    const found = new Map<string, string[]>();
    for (const batch of batches(keys)) {
      const result = await tx.run('UNWIND $keys AS key MATCH (n:Item {key: key}) WHERE n.retiredAt IS NULL RETURN key, labels(n) AS labels', { keys: batch });
      for (const r of result.records) found.set(r.get('key') as string, r.get('labels') as string[]);
    }
    for (const record of records) {
      const fromLabels = found.get(record.values.from);
      const toLabels = found.get(record.values.to);
      if (!fromLabels) problems.push({ line: record.line, column: 'from', message: `no current item has the key "${record.values.from}".` });
      if (!toLabels) problems.push({ line: record.line, column: 'to', message: `no current item has the key "${record.values.to}".` });
      if (fromLabels && toLabels) {
        const problem = linkEndsProblem(record.values.kind, fromLabels, toLabels);
        if (problem) problems.push({ line: record.line, column: 'kind', message: problem });
      }
    }
  },

  async diff(tx, records, source): Promise<ImportDiff<LinkRowValues>> {
    const existing = new Map<string, Record<string, unknown>>();
    const kinds = [...new Set(records.map((r) => r.values.kind))];
    for (const kind of kinds) {
      for (const batch of batches(records.filter((r) => r.values.kind === kind))) {
        const result = await tx.run(
          `UNWIND $rows AS row
           MATCH (:Item {key: row.from})-[r:${kind}]->(:Item {key: row.to}) WHERE r.origin = 'analyst' AND r.retiredAt IS NULL
           RETURN row.key AS rowKey, properties(r) AS r`,
          { rows: batch.map((r) => ({ key: r.key, from: r.values.from, to: r.values.to })) },
        );
        for (const r of result.records) existing.set(r.get('rowKey') as string, r.get('r') as Record<string, unknown>);
      }
    }
    const diff: ImportDiff<LinkRowValues> = { added: [], changed: [], unchanged: [], retired: [] };
    for (const record of records) {
      const current = existing.get(record.key);
      if (!current) diff.added.push(record);
      else if (COMPARED.some((c) => (current[c] ?? (c === 'illustrative' ? false : null)) !== record.values[c])) {
        diff.changed.push({ record, before: Object.fromEntries(COMPARED.map((c) => [c, current[c] ?? (c === 'illustrative' ? false : null)])) as Partial<LinkRowValues> });
      } else diff.unchanged.push(record);
    }
    const inFile = new Set(records.map((r) => r.key));
    // One branch per link kind, each on that kind's importSource index (not a walk over every relationship).
    const previous = await tx.run(
      (Object.keys(LINK_RULES) as LinkKind[]).map((kind) =>
        `MATCH (a)-[r:${kind}]->(b) WHERE r.importSource = $source AND r.retiredAt IS NULL
         RETURN a.key + '|' + type(r) + '|' + b.key AS rowKey, r.key AS linkKey`).join('\nUNION ALL\n'),
      { source },
    );
    for (const r of previous.records) if (!inFile.has(r.get('rowKey') as string)) diff.retired.push(r.get('linkKey') as string);
    return diff;
  },

  async apply(tx, diff, source, actor, requestId, actorTokenId = null) {
    const audit = { ...auditParameter({ actor, requestId }), tokenId: actorTokenId };
    for (const kind of Object.keys(LINK_RULES) as LinkKind[]) {
      for (const batch of batches(diff.added.filter((r) => r.values.kind === kind))) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:Item {key: row.from}), (b:Item {key: row.to})
           CREATE (a)-[r:${kind}]->(b)
           SET r = row.props, r.createdAt = toString(datetime())
           ${auditEventClause({ action: "'link.import'", targetKey: 'r.key', targetType: "'Link'", after: 'row.after' })}`,
          {
            rows: batch.map((r) => ({
              from: r.values.from, to: r.values.to, after: JSON.stringify(r.values),
              props: {
                key: `${kind}:${randomUUID()}`, origin: 'analyst', status: 'PROPOSED', rationale: r.values.rationale,
                basis: r.values.illustrative ? 'ILLUSTRATIVE' : 'ANALYST_JUDGEMENT', illustrative: r.values.illustrative,
                strength: r.values.strength, share: r.values.share, version: 1, createdBy: actor, createdByTokenId: actorTokenId, importSource: source,
              },
            })),
            audit,
          },
        );
      }
      // A changed rationale, strength or share is content a reviewer confirmed: a validated link waits again.
      for (const batch of batches(diff.changed.filter((c) => c.record.values.kind === kind))) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (:Item {key: row.from})-[r:${kind}]->(:Item {key: row.to}) WHERE r.origin = 'analyst' AND r.retiredAt IS NULL
           SET r.rationale = row.rationale, r.strength = row.strength, r.share = row.share, r.version = coalesce(r.version, 1) + 1,
               r.illustrative = row.illustrative, r.basis = CASE WHEN row.illustrative THEN 'ILLUSTRATIVE' ELSE 'ANALYST_JUDGEMENT' END,
               r.updatedBy = $audit.actor, r.updatedByTokenId = $audit.tokenId, r.updatedAt = toString(datetime()), r.importSource = $source
           FOREACH (_ IN CASE WHEN r.status = 'VALIDATED' THEN [1] ELSE [] END |
             SET r.status = 'PROPOSED' REMOVE r.validatedBy, r.validatedByTokenId, r.validatedAt)
           ${auditEventClause({ action: "'link.import.update'", targetKey: 'r.key', targetType: "'Link'", before: 'row.before', after: 'row.after' })}`,
          {
            rows: batch.map((c) => ({
              from: c.record.values.from, to: c.record.values.to, rationale: c.record.values.rationale, strength: c.record.values.strength,
              share: c.record.values.share, illustrative: c.record.values.illustrative, before: JSON.stringify(c.before), after: JSON.stringify(c.record.values),
            })),
            source, audit,
          },
        );
      }
    }
    for (const kind of Object.keys(LINK_RULES) as LinkKind[]) {
      for (const batch of batches(diff.retired.filter((key) => key.startsWith(`${kind}:`)))) {
      await tx.run(
        `UNWIND $keys AS key
         MATCH ()-[r:${kind} {key: key}]->() WHERE r.importSource = $source
         SET r.status = 'RETIRED', r.retiredAt = toString(datetime()), r.retiredBy = $audit.actor,
             r.retiredReason = 'absent from the latest import of ' + $source, r.version = coalesce(r.version, 1) + 1
         ${auditEventClause({ action: "'link.import.retire'", targetKey: 'r.key', targetType: "'Link'" })}`,
        { keys: batch, source, audit },
      );
      }
    }
  },
};
