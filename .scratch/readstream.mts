import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
const file = process.argv[2]!;
const t = Date.now();
try {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' } as any);
  let n = 0, all = 0;
  for await (const ws of reader as any) {
    console.log('sheet', (ws as any).name, (ws as any).id);
    for await (const row of ws as any) { all++; if (row.hasValues) { n++; if (n < 10) console.log(row.number, JSON.stringify(row.values)); } }
  }
  console.log('rows', n, 'all', all, 'ms', Date.now() - t, 'rss MB', Math.round(process.memoryUsage().rss / 1e6));
} catch (e) { console.log('error', (e as Error).message.slice(0, 200), Date.now() - t); }
