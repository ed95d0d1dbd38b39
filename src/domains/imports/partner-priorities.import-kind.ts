/**
 * Import kind `partner-priorities`: a partnership's strategy priorities, one row each:
 *   strategy, code, name, parent, description, illustrative
 * `strategy` is a PARTNER_STRATEGY document key (e.g. jhws); `parent` the code of the priority it sits under
 * (blank for a top-level one). Alignments with council outcomes are `links` rows of kind ALIGNS_WITH.
 */
import type { ColumnSpec } from './import-kind.js';
import { createNodeImportKind } from './node-import-kind.js';
import { illustrativeColumn, readColumns } from './read-columns.js';

const COLUMNS = [
  { name: 'strategy', required: true, description: 'key of a partner strategy document, e.g. jhws', synonyms: ['Partner strategy', 'Strategy key', 'Document'] },
  {
    name: 'code', required: true, description: 'the priority\'s code in its strategy, e.g. JHWS-2', synonyms: ['Ref', 'Reference', 'Priority ref', 'Priority code', 'No', 'Number', 'ID'],
    pattern: { test: /^[A-Za-z0-9.\-]+$/, noun: 'code', rule: 'letters, digits, dots and dashes' },
  },
  { name: 'name', required: true, description: 'the priority as the strategy words it', synonyms: ['Priority', 'Priority name', 'Title'] },
  { name: 'parent', required: false, description: 'code of the priority it belongs to, blank for a top-level priority', synonyms: ['Parent code', 'Parent priority', 'Under', 'Part of'] },
  { name: 'description', required: false, description: 'longer wording', synonyms: ['Detail', 'Details', 'Summary'] },
  illustrativeColumn('yes when the row is not the partnership\'s own words (default no)'),
] as const satisfies readonly ColumnSpec[];


export const partnerPrioritiesImportKind = createNodeImportKind({
  name: 'partner-priorities',
  label: 'PartnerPriority',
  parentLink: 'HAS_PRIORITY',
  columns: COLUMNS,
  readRow(row, problems) {
    const before = problems.length;
    const { text, flag } = readColumns(COLUMNS, row, problems);
    if (problems.length > before) return undefined;
    const { strategy, code, name, parent } = text;
    return {
      key: `${strategy}/${code}`,
      parentKey: parent ? `${strategy}/${parent}` : strategy,
      props: { code, name, description: text.description || null, illustrative: flag.illustrative },
      targets: [],
    };
  },
  async checkParents(tx, records, problems) {
    const keys = [...new Set(records.map((r) => r.values.parentKey))];
    const result = await tx.run(
      'UNWIND $keys AS key OPTIONAL MATCH (n:Item {key: key}) RETURN key, n.kind AS kind, n:PartnerPriority AS isPriority',
      { keys },
    );
    const found = new Map(result.records.map((r) => [r.get('key') as string, { kind: r.get('kind') as string | null, isPriority: r.get('isPriority') as boolean | null }]));
    const inFile = new Set(records.map((r) => r.key));
    for (const record of records) {
      const parent = found.get(record.values.parentKey);
      const isStrategy = parent?.kind === 'PARTNER_STRATEGY';
      const isPriority = parent?.isPriority === true || inFile.has(record.values.parentKey);
      if (!isStrategy && !isPriority) {
        const column = record.values.parentKey.includes('/') ? 'parent' : 'strategy';
        problems.push({ line: record.line, column, message: `"${record.values.parentKey}" is not a partner strategy or one of its priorities (in the graph or earlier in the file).` });
      }
    }
  },
});
