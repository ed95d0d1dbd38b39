import { mapTable } from '../src/domains/imports/import-table.ts';
import { IMPORT_KINDS } from '../src/domains/imports/import-kinds.ts';
const problems: any[] = [];
const [kind, ...rows] = process.argv.slice(2);
const r = mapTable(IMPORT_KINDS[kind!]! as any, { sheet: null, rows: rows.map((r, i) => ({ line: i + 1, cells: r.split(',') })) }, {}, problems);
console.log(JSON.stringify(problems, null, 1), r?.matches.map((m) => `${m.heading.text}→${m.column}`));
