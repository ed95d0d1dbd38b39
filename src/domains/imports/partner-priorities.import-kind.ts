/**
 * Import kind `partner-priorities`: a partnership's strategy priorities, one row each:
 *   strategy, code, name, parent, description, illustrative
 * `strategy` is a PARTNER_STRATEGY document key (e.g. jhws); `parent` the code of the priority it sits under
 * (blank for a top-level one). Alignments with council outcomes are `links` rows of kind ALIGNS_WITH.
 */
import { createNodeImportKind, readFlag } from './node-import-kind.js';

export const partnerPrioritiesImportKind = createNodeImportKind({
  name: 'partner-priorities',
  label: 'PartnerPriority',
  parentLink: 'HAS_PRIORITY',
  columns: [
    { name: 'strategy', required: true, description: 'key of a partner strategy document, e.g. jhws', synonyms: ['Partner strategy', 'Strategy key', 'Document'] },
    { name: 'code', required: true, description: 'the priority\'s code in its strategy, e.g. JHWS-2', synonyms: ['Ref', 'Reference', 'Priority ref', 'Priority code', 'No', 'Number', 'ID'] },
    { name: 'name', required: true, description: 'the priority as the strategy words it', synonyms: ['Priority', 'Priority name', 'Title'] },
    { name: 'parent', required: false, description: 'code of the priority it belongs to, blank for a top-level priority', synonyms: ['Parent code', 'Parent priority', 'Under', 'Part of'] },
    { name: 'description', required: false, description: 'longer wording', synonyms: ['Detail', 'Details', 'Summary'] },
    { name: 'illustrative', required: false, description: 'yes when the row is not the partnership\'s own words (default no)' },
  ],
  readRow(row, problems) {
    const f = row.fields;
    const before = problems.length;
    const strategy = (f.strategy ?? '').trim();
    const code = (f.code ?? '').trim();
    const name = (f.name ?? '').trim();
    if (!strategy) problems.push({ line: row.line, column: 'strategy', message: 'strategy is required.' });
    if (!/^[A-Za-z0-9.\-]+$/.test(code)) problems.push({ line: row.line, column: 'code', message: `"${f.code ?? ''}" is not a code: letters, digits, dots and dashes.` });
    if (!name) problems.push({ line: row.line, column: 'name', message: 'name is required.' });
    const illustrative = readFlag(f.illustrative, row.line, 'illustrative', problems);
    if (problems.length > before) return undefined;
    const parent = (f.parent ?? '').trim();
    return {
      key: `${strategy}/${code}`,
      parentKey: parent ? `${strategy}/${parent}` : strategy,
      props: { code, name, description: (f.description ?? '').trim() || null, illustrative },
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
