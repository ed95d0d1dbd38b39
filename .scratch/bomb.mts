import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
const zip = await JSZip.loadAsync(readFileSync('/tmp/xl/a.xlsx'));
const rows: string[] = [];
for (let i = 1; i <= 1_000_000; i++) rows.push(`<row r="${i}"/>`);
const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
zip.file('xl/worksheets/sheet1.xml', xml);
const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
writeFileSync('/tmp/xl/empty1m.xlsx', buf);
console.log('empty1m', buf.length, xml.length);
// huge shared strings: one string of 200MB of 'a'
const z2 = await JSZip.loadAsync(readFileSync('/tmp/xl/a.xlsx'));
const huge = 'a'.repeat(100_000_000);
z2.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${huge}</t></si></sst>`);
const b2 = await z2.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
writeFileSync('/tmp/xl/hugess.xlsx', b2);
console.log('hugess', b2.length);
