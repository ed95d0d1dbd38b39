/**
 * Import kind `thread-items`: a council's thread itself, one item per row (papers, organisations, plans,
 * outcomes, sub-outcomes, aims, actions, partner strategies), each under its parent, with its owner, the item
 * of the previous plan it succeeds, and its citation:
 *   type, key, parent, code, name, description, kind, owner, succeeds, succession, citation_source, citation_at,
 *   citation_quote, illustrative, period
 * A parent, owner, predecessor or cited paper may be in the graph or anywhere in the same file. Whole councils
 * load this way (the synthetic generator uses it), so the writes are batched statements (thread-items.writes.ts).
 */
import type { ColumnSpec, ImportDiff, ImportKind, ImportRecord } from './import-kind.js';
import { editionPeriodOf } from '../finance/edition-period.js';
import { planPeriodOf } from '../plans/plan-period.js';
import { illustrativeColumn, readColumns } from './read-columns.js';
import { ORGANISATION_KINDS, SUCCESSION_KINDS, THREAD_ITEM_TYPE_NAMES, THREAD_ITEM_TYPES, labelOf, type ThreadItemTypeName } from './thread-item-types.js';
import { applyThreadItems, readExistingItems, type ExistingItem } from './thread-items.writes.js';

export interface ThreadItemValues {
  type: ThreadItemTypeName;
  parent: string | null;
  owner: string | null;
  succeeds: string | null;
  succession: string | null;
  props: Record<string, string | boolean | null>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9:/.\-_]*$/;

/** A row's period in the stored form for its type; only plans and strategies have one. */
function readPeriod(type: ThreadItemTypeName | undefined, text: string | null, problem: (message: string) => void): string | null {
  if (!text || !type) return null;
  if (type === 'STRATEGIC_PLAN') {
    const period = planPeriodOf(text);
    if (!period) problem(`"${text}" is not a plan's period; write it as the papers do, e.g. 2022-26 or 2022-2026.`);
    return period;
  }
  if (type === 'FINANCIAL_STRATEGY') {
    const period = editionPeriodOf(text);
    if (!period) problem(`"${text}" is not an MTFS edition's period; write its financial years, e.g. 2022/23 to 2025/26.`);
    return period;
  }
  if (type === 'PARTNER_STRATEGY') return text;
  problem(`a ${type} has no period (only plans and strategies do); leave it blank.`);
  return null;
}

const same = (v: ThreadItemValues, e: ExistingItem) =>
  !e.retired && e.type === v.type && e.parent === v.parent && e.owner === v.owner && e.succeeds === v.succeeds &&
  (e.succession ?? null) === v.succession && Object.entries(v.props).every(([k, x]) => (e.props[k] ?? null) === x);

const COLUMNS = [
  { name: 'type', required: true, description: THREAD_ITEM_TYPE_NAMES.join(', '), synonyms: ['Item type', 'Row type'], oneOf: { words: THREAD_ITEM_TYPE_NAMES, noun: 'thread item type' } },
  {
    name: 'key', required: true, description: 'the item\'s stable key; plan items are `<plan key>/<code>`', synonyms: ['ID', 'Item key', 'Identifier'],
    pattern: { test: KEY, noun: 'key', rule: 'letters, digits and : / . - _ only' },
  },
  { name: 'parent', required: false, description: 'key of the item it sits under (an outcome\'s plan, an action\'s aim), or the organisation owning a plan or strategy', synonyms: ['Parent key', 'Under', 'Part of'] },
  { name: 'code', required: false, description: 'the item\'s code in its plan (required for outcomes, sub-outcomes, aims and actions)', synonyms: ['Ref', 'Reference', 'No', 'Number'] },
  { name: 'name', required: true, description: 'its name, title or text as the paper words it', synonyms: ['Title', 'Text', 'Wording'] },
  { name: 'description', required: false, description: 'a longer wording (an outcome\'s statement, a plan\'s vision, a paper\'s text)', synonyms: ['Statement', 'Vision', 'Detail'] },
  { name: 'kind', required: false, description: `an organisation's kind: ${ORGANISATION_KINDS.join(', ')}`, synonyms: ['Organisation kind', 'Organisation type'] },
  { name: 'owner', required: false, description: 'the organisation (department) owning it: its key (in the graph or this file), name or a recorded alias', synonyms: ['Owner key', 'Owned by', 'Lead', 'Department', 'Directorate'], organisation: { kind: null, what: 'organisation', inFile: true } },
  { name: 'succeeds', required: false, description: 'key of the item of the previous plan it succeeds', synonyms: ['Succeeds key', 'Predecessor', 'Previous item'] },
  { name: 'succession', required: false, description: `how it succeeds it: ${SUCCESSION_KINDS.join(', ')}`, synonyms: ['Succession kind', 'Lineage'] },
  { name: 'citation_source', required: false, description: 'key of the paper it is cited from', synonyms: ['Citation source', 'Source', 'Paper', 'Source paper'] },
  { name: 'citation_at', required: false, description: 'where in the paper (paragraph or heading)', synonyms: ['Citation at', 'Paragraph', 'Where', 'Location'] },
  { name: 'citation_quote', required: false, description: 'the words quoted', synonyms: ['Citation quote', 'Quote', 'Quotation'] },
  illustrativeColumn(),
  {
    name: 'period', required: false,
    description: 'a plan\'s or strategy\'s period as the paper writes it (a plan: 2022-26 or 2022-2026; an MTFS edition: 2022/23 to 2025/26); a plan without one has its key as its period',
  },
] as const satisfies readonly ColumnSpec[];

export const threadItemsImportKind: ImportKind<ThreadItemValues> = {
  name: 'thread-items',
  columns: COLUMNS,

  readRow(row, problems) {
    const f = row.fields;
    const before = problems.length;
    const at = (column: string, message: string) => problems.push({ line: row.line, column, message });
    const { text: columns, flag } = readColumns(COLUMNS, row, problems);
    const text = (column: (typeof COLUMNS)[number]['name']) => columns[column] || null;
    const type = THREAD_ITEM_TYPE_NAMES.find((t) => t === columns.type);
    const { key, name } = columns;
    const spec = type ? THREAD_ITEM_TYPES[type] : undefined;
    const parent = text('parent');
    if (spec && 'parent' in spec && spec.parent.required && !parent) at('parent', `a ${type} sits under a ${spec.parent.labels.join(' or ')}: give its key.`);
    if (spec && !('parent' in spec) && parent) at('parent', `a ${type} has no parent; leave it blank.`);
    const code = text('code');
    if (spec && 'inPlan' in spec && !code) at('code', `a ${type} needs its code in the plan.`);
    const succeeds = text('succeeds');
    const succession = text('succession')?.toUpperCase() ?? null;
    if (succeeds && !SUCCESSION_KINDS.some((k) => k === succession)) at('succession', `"${f.succession ?? ''}" is not a succession; use one of ${SUCCESSION_KINDS.join(', ')}.`);
    if (!succeeds && succession) at('succeeds', 'a succession needs the key of the item succeeded.');
    const citation = [text('citation_source'), text('citation_at'), text('citation_quote')];
    if (citation.some(Boolean) && !citation.every(Boolean)) at('citation_source', 'a citation needs all of citation_source, citation_at and citation_quote.');
    const kind = text('kind')?.toUpperCase() ?? null;
    if (kind && type !== 'ORGANISATION') at('kind', 'only an ORGANISATION row has a kind; leave it blank.');
    else if (kind && !ORGANISATION_KINDS.some((k) => k === kind)) at('kind', `"${f.kind}" is not an organisation kind; use one of ${ORGANISATION_KINDS.join(', ')}.`);
    const illustrative = flag.illustrative;
    const period = readPeriod(type, text('period'), (message) => at('period', message));
    if (problems.length > before || !type || !spec) return undefined;
    const props: Record<string, string | boolean | null> = {
      ...('fixed' in spec ? spec.fixed : {}),
      ...(type === 'ORGANISATION' ? { kind } : {}),
      code, [spec.nameProp]: name, [spec.descriptionProp]: text('description'), illustrative,
      citationSource: citation[0] ?? null, citationAt: citation[1] ?? null, citationQuote: citation[2] ?? null,
      // Plans are found by council and period: a plan's period is its own (`2022-26`) even where its key is
      // prefixed by its council's (`c007-2022-26`); rows that give none keep the older rule, period = key.
      ...(type === 'STRATEGIC_PLAN' ? { period: period ?? key } : period ? { period } : {}),
      ...('inPlan' in spec ? { planKey: key.split('/')[0]! } : {}),
    };
    return { line: row.line, key, values: { type, parent, owner: text('owner'), succeeds, succession: succeeds ? succession : null, props } };
  },

  async checkAgainstGraph(tx, records, problems) {
    const inFile = new Map(records.map((r) => [r.key, r.values.type]));
    const referenced = [...new Set(records.flatMap((r) => [r.key, r.values.parent, r.values.owner, r.values.succeeds, r.values.props.citationSource as string | null]))]
      .filter((k): k is string => !!k);
    const existing = await readExistingItems(tx, referenced);
    const labelsOf = (key: string): string[] | undefined => {
      const type = inFile.get(key);
      return type ? THREAD_ITEM_TYPES[type].labels.split(':') : existing.get(key)?.labels;
    };
    const expect = (record: ImportRecord<ThreadItemValues>, column: string, key: string | null, labels: readonly string[]) => {
      if (!key) return;
      const found = labelsOf(key);
      if (!found) problems.push({ line: record.line, column, message: `no item has the key "${key}" (in the graph or in this file).` });
      else if (!labels.some((l) => found.includes(l))) {
        problems.push({ line: record.line, column, message: `"${key}" is a ${found.filter((l) => l !== 'Item').join('/')}; expected ${labels.join(' or ')}.` });
      }
    };
    for (const record of records) {
      const { type, parent, owner, succeeds, props } = record.values;
      const spec = THREAD_ITEM_TYPES[type];
      const current = existing.get(record.key);
      if (current && !current.labels.includes(labelOf(type))) {
        problems.push({ line: record.line, column: 'key', message: `"${record.key}" is already a ${current.labels.filter((l) => l !== 'Item').join('/')}, not a ${type}: choose another key.` });
      }
      if ('parent' in spec) expect(record, 'parent', parent, spec.parent.labels);
      expect(record, 'owner', owner, ['Organisation']);
      expect(record, 'succeeds', succeeds, [labelOf(type)]);
      expect(record, 'citation_source', props.citationSource as string | null, ['SourceDocument']);
    }
  },

  async diff(tx, records, source): Promise<ImportDiff<ThreadItemValues>> {
    const existing = await readExistingItems(tx, records.map((r) => r.key), source);
    const diff: ImportDiff<ThreadItemValues> = { added: [], changed: [], unchanged: [], retired: [] };
    for (const record of records) {
      const current = existing.get(record.key);
      if (!current) diff.added.push(record);
      else if (same(record.values, current)) diff.unchanged.push(record);
      else diff.changed.push({ record, before: { parent: current.parent, owner: current.owner, succeeds: current.succeeds, props: current.props as ThreadItemValues['props'] } });
    }
    const inFile = new Set(records.map((r) => r.key));
    for (const key of existing.fromSource) if (!inFile.has(key)) diff.retired.push(key);
    return diff;
  },

  apply: applyThreadItems,
};
