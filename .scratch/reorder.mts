import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
const src = await JSZip.loadAsync(readFileSync('/tmp/xl/a.xlsx'));
const order = ['[Content_Types].xml', '_rels/.rels', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/theme/theme1.xml', 'docProps/app.xml', 'docProps/core.xml'];
const out = new JSZip();
for (const n of order) { const f = src.file(n); if (f) out.file(n, await f.async('uint8array')); }
writeFileSync('/tmp/xl/reordered.xlsx', await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
