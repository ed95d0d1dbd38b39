import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';
const x: number = 1;
parentPort!.on('message', (m) => parentPort!.postMessage({ got: m, x, ok: typeof ExcelJS.Workbook }));
