/**
 * What a workbook may cost to read. A workbook is a zip of XML: a few hundred kilobytes can unpack to
 * gigabytes (a "zip bomb"), or hold a million empty rows, so every limit is checked before the sheet is
 * parsed, and the parse itself runs in a worker thread with a memory ceiling and a deadline
 * (workbook-reader.ts), so no workbook can stall or exhaust the server.
 */

/** The workbook file itself (the same ceiling as a CSV file). */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;
/** One part of the zip unpacked (a sheet's XML, the shared strings). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** All its parts unpacked together. */
export const MAX_UNPACKED_BYTES = 192 * 1024 * 1024;
/** Rows of one sheet, counting empty rows that carry formatting: far above any council's table. */
export const MAX_SHEET_ROWS = 100_000;
/** Columns of the table read (Excel's own limit is 16,384). */
export const MAX_COLUMNS = 200;
/** The worker's heap: above what the largest workbook within the limits above needs. */
export const WORKER_HEAP_MB = 1024;
/** How long one workbook may take to read, on a busy machine. */
export const READ_DEADLINE_MS = 60_000;

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
