/**
 * Reads workbooks off the main thread, one at a time, in a worker (workbook-worker.ts) with a heap ceiling
 * and a deadline (workbook-limits.ts): a hostile workbook costs the server one worker, never its event loop.
 * The worker is started on first use and kept warm (loading exceljs takes a moment); one that overran is
 * terminated and the next workbook gets a fresh one. From source (tsx, tests) the worker registers tsx
 * first; compiled (dist/) it is plain JavaScript.
 */
import { Worker } from 'node:worker_threads';
import type { SheetReading } from './read-sheet.js';
import { MAX_WORKBOOK_BYTES, megabytes, READ_DEADLINE_MS, WORKER_HEAP_MB } from './workbook-limits.js';

const fromSource = import.meta.url.endsWith('.ts');
const entry = new URL(`./workbook-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);

let worker: Worker | undefined;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const started = fromSource
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`, { ...options, eval: true })
    : new Worker(entry, options);
  // An idle worker must not keep a CLI or a test process alive.
  started.unref();
  started.on('exit', () => {
    if (worker === started) worker = undefined;
  });
  return started;
}

function readInWorker(bytes: Buffer, sheet: string | null, deadlineMs: number): Promise<SheetReading> {
  const current = (worker ??= startWorker());
  const id = nextId++;
  return new Promise<SheetReading>((resolve) => {
    const finish = (reading: SheetReading, stop: boolean) => {
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onError);
      current.off('exit', onExit);
      if (stop) {
        if (worker === current) worker = undefined;
        void current.terminate();
      }
      resolve(reading);
    };
    const onMessage = (message: { id: number; reading: SheetReading }) => {
      if (message.id === id) finish(message.reading, false);
    };
    const onError = (error: Error & { code?: string }) => finish({
      ok: false,
      problem: error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `the workbook needs more memory to read than an import may use (${WORKER_HEAP_MB} MB): delete what the import does not need (other sheets, pictures, empty formatted rows), or save the table as CSV.`
        : `the workbook could not be read (${error.message.split('\n')[0]}): save it again as an Excel Workbook (.xlsx), or as CSV.`,
    }, true);
    const onExit = () => finish({ ok: false, problem: 'the workbook reader stopped while reading it: save it again as an Excel Workbook (.xlsx), or as CSV, and import it again.' }, true);
    const timer = setTimeout(() => finish({
      ok: false,
      problem: `the workbook took longer than ${deadlineMs / 1000} s to read, so reading it was stopped: delete what the import does not need (other sheets, empty formatted rows), or save the table as CSV.`,
    }, true), deadlineMs);
    current.on('message', onMessage);
    current.on('error', onError);
    current.on('exit', onExit);
    current.postMessage({ id, bytes, sheet });
  });
}

/** One sheet of a workbook (the named one, or the first visible one), or the problem that stopped it. */
export function readWorkbook(bytes: Buffer, sheet: string | null, deadlineMs = READ_DEADLINE_MS): Promise<SheetReading> {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    return Promise.resolve({ ok: false, problem: `the workbook is larger than ${megabytes(MAX_WORKBOOK_BYTES)}; split it into several imports.` });
  }
  // One workbook at a time: a second import waits rather than doubling the memory in use.
  const reading = queue.then(() => readInWorker(bytes, sheet, deadlineMs));
  queue = reading.catch(() => undefined);
  return reading;
}
