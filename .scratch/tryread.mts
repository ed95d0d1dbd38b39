import { readFileSync } from 'node:fs';
import { readWorkbook } from '../src/domains/imports/workbook/workbook-reader.ts';
for (const f of process.argv.slice(2)) {
  const t = Date.now();
  const r = await readWorkbook(readFileSync(f), null);
  console.log(f, Date.now() - t, JSON.stringify(r).slice(0, 600));
}
