/**
 * Fuzzing every import kind (each kind in IMPORT_KINDS, from its sample in seeds/examples/): random bytes,
 * truncated rows, huge fields, wrong encodings and junk rows, and the sample as an Excel workbook cut short
 * or replaced by random bytes. Each must be refused with a clear error (BAD_USER_INPUT, "nothing was
 * written", every problem with a message and, where it has one, a line inside the file or a cell of the
 * workbook) and leave the graph exactly as it was. Hostile workbooks (huge shared strings, a sheet of
 * 1,000,000 empty rows) are refused within a time bound while the server goes on answering.
 *
 * Run counts: 15 files per kind and corruption (7 corruptions), each a full pipeline run with graph checks:
 * about 30-40 s for the five kinds on a 2-core machine. Each run draws new cases; FUZZ_RUNS=<n> multiplies
 * the counts for a longer run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import { IMPORT_KINDS } from '../../src/domains/imports/import-kinds.js';
import { MAX_FIELD_CHARS } from '../../src/domains/imports/import-file.js';
import type { Database } from '../../src/neo4j/database.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { hostileString } from '../helpers/query-generator.js';
import { base64, emptyRowsSheet, hugeSharedStrings, withPart, workbook, type Cell } from '../helpers/council-workbooks.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

const RUNS = 15 * Number(process.env.FUZZ_RUNS ?? 1);
let db: Database;
let server: TestServer;
let editor: string;
// Rate limits off: one editor sends hundreds of imports on purpose.
useSeededServer((env) => ({ db, server } = env), { GT_RATE_LIMIT_PER_TOKEN: '0', GT_RATE_LIMIT_PER_ADDRESS: '0' });
beforeAll(async () => {
  editor = (await createToken(db, 'Import fuzzer', 'editor', 'test')).token;
});

const IMPORT = `mutation ($kind: String!, $format: ImportFormat!, $content: String!, $source: String!, $edition: String) {
  importFile(kind: $kind, format: $format, content: $content, source: $source, edition: $edition) { added changed retired }
}`;
/** The samples that leave a column to the import's arguments (docs/import.md says how each is loaded). */
const EDITION: Record<string, string> = { 'savings-lines': 'mtfs-2021' };

interface Sample {
  kind: string;
  format: 'CSV' | 'YAML' | 'XLSX';
  text: string;
}

function sampleOf(kind: string): Sample {
  for (const [ext, format] of [['csv', 'CSV'], ['yaml', 'YAML']] as const) {
    const file = `seeds/examples/${kind}.${ext}`;
    if (existsSync(file)) return { kind, format, text: readFileSync(file, 'utf8') };
  }
  throw new Error(`import kind "${kind}" has no sample in seeds/examples/ (<kind>.csv or <kind>.yaml): add one, so it is fuzzed too`);
}

const countAll = async () => (await db.read<{ n: number }>('test.count', 'MATCH (n) RETURN count(n) AS n'))[0]!.n;

/** Sends a corrupted file and checks it is refused clearly and wrote nothing. */
async function expectRefused(sample: Sample, content: string, what: string, expected?: RegExp) {
  const nodesBefore = await countAll();
  const result = await server.query(IMPORT, { kind: sample.kind, format: sample.format, content, source: `fuzz-${sample.kind}`, edition: EDITION[sample.kind] ?? null }, editor);
  const where = `${sample.kind} ${what}: ${JSON.stringify(content.slice(0, 300))} -> ${JSON.stringify(result).slice(0, 600)}`;
  expect(result.data, where).toBeNull();
  const error = result.errors?.[0];
  expect(error?.extensions?.code, where).toBe('BAD_USER_INPUT');
  expect(error?.message, where).toMatch(/nothing was written/);
  const problems = error?.extensions?.problems as { line?: number; cell?: string; message: string }[];
  expect(problems.length, where).toBeGreaterThan(0);
  const lines = content.split('\n').length + 1;
  for (const p of problems) {
    expect(p.message, where).toMatch(/\w/);
    if (p.line !== undefined && sample.format !== 'XLSX') expect(p.line, where).toBeLessThanOrEqual(lines);
    if (p.cell !== undefined) expect(p.cell, where).toMatch(/^('[^']+'|[A-Za-z_][\w.]*)!([A-Z]+\d+|\d+:\d+)$/);
  }
  if (expected) expect(problems.map((p) => p.message).join('\n'), where).toMatch(expected);
  expect(await countAll(), where).toBe(nodesBefore);
}

/** The sample cut off somewhere inside its last line. */
function lastLineCut(text: string, at: number): string {
  const whole = text.trimEnd();
  const lastLine = whole.length - whole.lastIndexOf('\n') - 1;
  return whole.slice(0, whole.length - 1 - (at % Math.max(1, lastLine - 1)));
}

const corruptions: { name: string; expected?: RegExp; content: (sample: Sample) => fc.Arbitrary<string> }[] = [
  {
    name: 'random bytes',
    content: () => fc.uint8Array({ minLength: 1, maxLength: 3000 }).map((bytes) => new TextDecoder('utf-8', { fatal: false }).decode(bytes)),
  },
  {
    // A file cut off inside a quoted field (a half-copied or half-uploaded file).
    name: 'truncated row',
    expected: /not valid (CSV|YAML)|fields, but the header has/,
    content: (sample) => fc.nat().map((at) => `${lastLineCut(sample.text, at)}\n${sample.format === 'CSV' ? 'x,"' : '  - "'}`),
  },
  {
    name: 'huge field',
    expected: /characters long; at most 10000/,
    content: (sample) => fc.record({ size: fc.integer({ min: MAX_FIELD_CHARS + 1, max: 3 * MAX_FIELD_CHARS }), char: fc.constantFrom('a', 'é', '😀', ',') }).map(({ size, char }) => {
      const huge = char.repeat(size);
      return sample.format === 'CSV'
        ? sample.text.replace(/\n[^,\n]*,/, `\n"${huge}",`)
        : sample.text.replace(/(- \w+: )([^\n]*)/, `$1"${huge}"`);
    }),
  },
  {
    // Saved as UTF-16 or Latin-1 and read as UTF-8, the way the CLI and browsers decode an upload.
    name: 'wrong encoding',
    expected: /not valid UTF-8|wrong header/,
    content: (sample) => fc.constantFrom('utf16le', 'latin1').map((encoding) => {
      const bytes = Buffer.from(sample.text.replace(/\n([^\n])/, '\nCafé $1'), encoding as BufferEncoding);
      return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    }),
  },
  {
    name: 'junk rows under the right header',
    content: (sample) => {
      const kind = IMPORT_KINDS[sample.kind]!;
      const names = kind.columns.map((c) => c.name);
      return fc.array(fc.array(hostileString.map((s) => s.replace(/[\r\n]/g, ' ')), { minLength: names.length, maxLength: names.length }), { minLength: 1, maxLength: 5 }).map((rows) =>
        sample.format === 'CSV'
          ? [names.join(','), ...rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(','))].join('\n')
          : `rows:\n${rows.map((r) => names.map((n, i) => `${i === 0 ? '  - ' : '    '}${n}: ${JSON.stringify(r[i])}`).join('\n')).join('\n')}`);
    },
  },
];

/** The sample as the workbook a spreadsheet would save it as: its header and rows on one sheet. */
async function workbookOf(sample: Sample): Promise<Buffer> {
  let rows: Cell[][];
  if (sample.format === 'CSV') rows = parseCsv(sample.text, { bom: true, skip_empty_lines: true }) as string[][];
  else {
    const doc = parseYaml(sample.text) as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
    const records = Array.isArray(doc) ? doc : doc.rows;
    const header = [...new Set(records.flatMap((r) => Object.keys(r)))];
    rows = [header, ...records.map((r) => header.map((h) => (r[h] == null ? null : Array.isArray(r[h]) ? (r[h] as unknown[]).join('; ') : String(r[h]))))];
  }
  return workbook({ name: 'Sheet1', rows });
}

const workbookCorruptions: { name: string; expected: RegExp; content: (bytes: Buffer) => fc.Arbitrary<string> }[] = [
  {
    // A workbook cut off anywhere: a half-uploaded file.
    name: 'truncated workbook',
    expected: /workbook cannot be read|not an Excel workbook/,
    content: (bytes) => fc.integer({ min: 1, max: bytes.length - 1 }).map((at) => base64(bytes.subarray(0, at))),
  },
  {
    name: 'random bytes as a workbook',
    expected: /not an Excel workbook|workbook cannot be read|not base64/,
    content: () => fc.uint8Array({ minLength: 1, maxLength: 3000 }).map((bytes) => base64(Buffer.from(bytes))),
  },
];

describe.each(Object.keys(IMPORT_KINDS))('fuzzing the %s import', (kind) => {
  const sample = sampleOf(kind);

  it('the sample itself loads (so the corruptions below are what is refused)', async () => {
    const dry = await server.query(`mutation ($kind: String!, $format: ImportFormat!, $content: String!, $edition: String) {
      importFile(kind: $kind, format: $format, content: $content, source: "fuzz-sample", dryRun: true, edition: $edition) { applied rows } }`,
    { kind, format: sample.format, content: sample.text, edition: EDITION[kind] ?? null }, editor);
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importFile.rows).toBeGreaterThan(0);
  });

  it.each(corruptions.map((c) => [c.name, c] as const))('refuses %s clearly and changes nothing', async (name, corruption) => {
    const before = await snapshotThread(db);
    await fc.assert(fc.asyncProperty(corruption.content(sample), (content) => expectRefused(sample, content, name, corruption.expected)), { numRuns: RUNS });
    expect(await snapshotThread(db)).toEqual(before);
  });

  it('the sample saved as a workbook loads too, then its corruptions are refused clearly and change nothing', async () => {
    const bytes = await workbookOf(sample);
    const xlsx: Sample = { kind, format: 'XLSX', text: base64(bytes) };
    const dry = await server.query(`mutation ($kind: String!, $content: String!, $edition: String) {
      importFile(kind: $kind, format: XLSX, content: $content, source: "fuzz-sample.xlsx", dryRun: true, edition: $edition) { applied rows } }`,
    { kind, content: xlsx.text, edition: EDITION[kind] ?? null }, editor);
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importFile.rows).toBe((await server.query(`mutation ($kind: String!, $format: ImportFormat!, $content: String!, $edition: String) {
      importFile(kind: $kind, format: $format, content: $content, source: "fuzz-sample", dryRun: true, edition: $edition) { rows } }`,
    { kind, format: sample.format, content: sample.text, edition: EDITION[kind] ?? null }, editor)).data!.importFile.rows);
    const before = await snapshotThread(db);
    for (const corruption of workbookCorruptions) {
      await fc.assert(fc.asyncProperty(corruption.content(bytes), (content) => expectRefused(xlsx, content, corruption.name, corruption.expected)), { numRuns: RUNS });
    }
    expect(await snapshotThread(db)).toEqual(before);
  });
});

describe('hostile workbooks', () => {
  const savings = sampleOf('savings-lines');
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await workbookOf(savings);
  });

  /** Refused within the bound, while the server answers another request promptly throughout. */
  async function refusedPromptly(content: string, what: string, expected: RegExp) {
    const started = Date.now();
    const refusal = expectRefused({ ...savings, format: 'XLSX', text: content }, content, what, expected);
    // The workbook is read off the main thread: a plain question asked while it is being read is answered
    // meanwhile, and quickly.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const askedAt = Date.now();
    await server.ask('{ plans { period } }');
    expect(Date.now() - askedAt, `${what}: the server stalled while reading the workbook`).toBeLessThan(5_000);
    await refusal;
    expect(Date.now() - started, `${what}: refused too slowly`).toBeLessThan(30_000);
  }

  it('refuses a sheet of 1,000,000 empty rows by the row limit', async () => {
    const content = base64(await withPart(bytes, 'xl/worksheets/sheet1.xml', emptyRowsSheet(1_000_000)));
    await refusedPromptly(content, '1,000,000 empty rows', /more than 100,000 rows \(empty rows that carry formatting count too\)/);
  });

  it('refuses huge shared strings: past the unpacked-size limit, and one string longer than any field', async () => {
    await refusedPromptly(base64(await withPart(bytes, 'xl/sharedStrings.xml', hugeSharedStrings(80 * 1024 * 1024))), 'an 80 MB shared string', /sharedStrings\.xml unpacks to more than 64 MB/);
    // Under the size limits, but a cell holding a 200,000-character string.
    const sheet = await workbook({ name: 'Savings', rows: [['reference', 'department', 'description', 'status', '2024/25'], ['X1', 'Public Health', 'A'.repeat(200_000), 'green', 1]] });
    await refusedPromptly(base64(sheet), 'a 200,000-character cell', /the field is 200000 characters long; at most 10000/);
  });
});
