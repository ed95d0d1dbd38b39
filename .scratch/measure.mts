import { workbook } from '../tests/helpers/council-workbooks.ts';
import { readWorkbook } from '../src/domains/imports/workbook/workbook-reader.ts';
for (const n of [1000, 20000, 99000]) {
  const rows: any[] = [['Ref', 'Directorate', 'Saving Proposal', 'Delivery RAG', '2024/25 £m', '2025/26 £m', '2026/27 £m', 'Total £m']];
  for (let i = 0; i < n; i++) rows.push([`R${i}`, 'Public Health', `Proposal ${i}`, 'Green', 0.125, 0.25, 0.5, { formula: `SUM(E${i + 2}:G${i + 2})`, result: 0.875 }]);
  const bytes = await workbook({ name: 'S', rows });
  let t = Date.now();
  const r = await readWorkbook(bytes, null);
  const cold = Date.now() - t;
  t = Date.now();
  await readWorkbook(bytes, null);
  console.log(n, 'rows', (bytes.length / 1e6).toFixed(1), 'MB', 'first read ms', cold, 'warm ms', Date.now() - t, r.ok);
}
