/**
 * Checks a workbook's zip before anything parses it: that it is a zip at all (not an old .xls, not cut
 * short), and that unpacking it stays within the limits (workbook-limits.ts). Parts are unpacked as streams
 * and counted as they come, so a part that lies about its size is stopped at the limit, not after it; the
 * rows of each sheet are counted on the way, from the XML's row tags.
 */
import JSZip from 'jszip';
import { MAX_PART_BYTES, MAX_SHEET_ROWS, MAX_UNPACKED_BYTES, megabytes } from './workbook-limits.js';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** A row element, `<row ...>` or `<x:row>` (some writers prefix the namespace). */
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

const TRIM = 'delete what the import does not need (other sheets, pictures), or save the table as CSV';

export class WorkbookProblem extends Error {}

function countPart(file: JSZip.JSZipObject, budget: { left: number }): Promise<number> {
  const isSheet = SHEET_PART.test(file.name);
  let bytes = 0;
  let rows = 0;
  let tail = '';
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void };
    const fail = (message: string) => {
      stream.removeAllListeners('data');
      stream.destroy?.();
      reject(new WorkbookProblem(message));
    };
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      budget.left -= chunk.length;
      if (bytes > MAX_PART_BYTES) return fail(`its part ${file.name} unpacks to more than ${megabytes(MAX_PART_BYTES)}: ${TRIM}`);
      if (budget.left < 0) return fail(`it unpacks to more than ${megabytes(MAX_UNPACKED_BYTES)}: ${TRIM}`);
      if (!isSheet) return;
      // Latin-1 keeps one character per byte, so a tag split across chunks is found in the carried tail.
      const text = tail + chunk.toString('latin1');
      rows += text.match(ROW_TAG)?.length ?? 0;
      tail = text.slice(-16);
      // The tail is searched again with the next chunk: do not count a tag it holds twice.
      rows -= tail.match(ROW_TAG)?.length ?? 0;
      if (rows > MAX_SHEET_ROWS) fail(`the sheet in ${file.name} has more than ${MAX_SHEET_ROWS.toLocaleString('en-GB')} rows (empty rows that carry formatting count too): delete the rows below the table, or copy the table into a new workbook`);
    });
    stream.on('error', (error: Error) => reject(new WorkbookProblem(`it could not be unpacked (${error.message}): open it in Excel and save it again`)));
    stream.on('end', () => resolve(rows + (tail.match(ROW_TAG)?.length ?? 0)));
  });
}

/** Resolves when the workbook is within every limit; throws a WorkbookProblem saying which it breaks. */
export async function checkWorkbookZip(bytes: Buffer): Promise<void> {
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new WorkbookProblem('it is an Excel 97-2003 (.xls) workbook, or one protected by a password; save it as an Excel Workbook (.xlsx) without a password');
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookProblem('it is not an Excel workbook (.xlsx files are zip archives, and this is not one): give a .xlsx file, or a CSV or YAML file with the matching format');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw new WorkbookProblem(`it is damaged or cut short (${(error as Error).message.split('\n')[0]}): send the whole file, or open it in Excel and save it again`);
  }
  if (!zip.file('xl/workbook.xml')) throw new WorkbookProblem('it is a zip archive but not an Excel workbook (it has no xl/workbook.xml): save it from Excel as an Excel Workbook (.xlsx)');
  const budget = { left: MAX_UNPACKED_BYTES };
  for (const file of Object.values(zip.files)) if (!file.dir) await countPart(file, budget);
}
