/**
 * Fuzzing every import kind (each kind in IMPORT_KINDS, from its sample in seeds/examples/): random bytes,
 * truncated rows, huge fields, wrong encodings and junk rows. Each must be refused with a clear error
 * (BAD_USER_INPUT, "nothing was written", every problem with a message and, where it has one, a line inside
 * the file) and leave the graph exactly as it was.
 *
 * Run counts: 25 files per kind and corruption (5 corruptions), each a full pipeline run with graph checks:
 * about 40 s for the four kinds on a shared 2-core machine. FUZZ_RUNS=<n> multiplies them.
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.repository.js';
import { IMPORT_KINDS } from '../../src/domains/imports/import-kinds.js';
import { MAX_FIELD_CHARS } from '../../src/domains/imports/import-file.js';
import type { Database } from '../../src/neo4j/database.js';
import { snapshotThread } from '../helpers/graph-snapshot.js';
import { hostileString } from '../helpers/query-generator.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import type { TestServer } from '../helpers/test-server.js';

const RUNS = 25 * Number(process.env.FUZZ_RUNS ?? 1);
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
  format: 'CSV' | 'YAML';
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
  const problems = error?.extensions?.problems as { line?: number; message: string }[];
  expect(problems.length, where).toBeGreaterThan(0);
  const lines = content.split('\n').length + 1;
  for (const p of problems) {
    expect(p.message, where).toMatch(/\w/);
    if (p.line !== undefined) expect(p.line, where).toBeLessThanOrEqual(lines);
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
});
