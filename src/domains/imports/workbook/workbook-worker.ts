/**
 * The workbook worker's entry: reads each workbook it is sent (read-sheet.ts) and answers with its rows.
 * It holds no state between workbooks; the main thread restarts it after a workbook that overran its
 * deadline or its memory (workbook-reader.ts).
 */
import { parentPort } from 'node:worker_threads';
import { readSheet } from './read-sheet.js';

export interface WorkbookJob {
  id: number;
  bytes: Uint8Array;
  sheet: string | null;
}

parentPort!.on('message', async (job: WorkbookJob) => {
  try {
    parentPort!.postMessage({ id: job.id, reading: await readSheet(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.sheet) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, reading: { ok: false, problem: `the workbook cannot be read: ${(error as Error).message.split('\n')[0]}. Open it in Excel, save it as an Excel Workbook (.xlsx), and import it again.` } });
  }
});
