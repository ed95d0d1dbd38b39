import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
const file = process.argv[2]!;
const t = Date.now();
const wb = new ExcelJS.Workbook();
try {
  await wb.xlsx.load(readFileSync(file));
  const ws = wb.worksheets[0]!;
  let n = 0;
  ws.eachRow({ includeEmpty: false }, (row, rn) => { n++; if (n < 10) console.log(rn, JSON.stringify(row.values)); });
  console.log('rows', n, 'rowCount', ws.rowCount, 'ms', Date.now() - t, 'rss MB', Math.round(process.memoryUsage().rss / 1e6));
  console.log(ws.getCell('B1').value, ws.getCell('B1').type, ws.getCell('B1').isMerged, ws.getCell('H6').value, ws.getCell('H6').type);
} catch (e) { console.log('error', (e as Error).message.slice(0, 200), Date.now() - t); }
