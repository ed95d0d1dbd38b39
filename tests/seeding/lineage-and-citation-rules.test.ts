/**
 * `npm run seed:check` enforces the lineage rules and the CITED-quote rule for every generation, and names
 * the file, the record and the reason when a fixture breaks one. Each fixture is the real seeds/ with one
 * change, checked both through the checker and through the command an analyst runs.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSeeds } from '../../src/seeding/check-seeds.js';
import { copySeeds, editSeedFile } from '../helpers/seed-fixtures.js';

const dirs: string[] = [];
const fixture = (file: string, from: string | RegExp, to: string) => {
  const dir = copySeeds();
  dirs.push(dir);
  editSeedFile(dir, file, from, to);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function problemsOf(dir: string) {
  const check = checkSeeds(dir);
  if (check.ok) throw new Error('expected the fixture to be rejected');
  return check.error.problems;
}

/** Runs `npm run seed:check`'s script on a folder: its exit code and what it printed. */
function seedCheck(dir: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed-check.ts', dir], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the lineage rule', () => {
  it('holds for the project\'s own seeds, and the command says so', () => {
    const check = checkSeeds('seeds');
    expect(check.ok ? [] : check.error.problems).toEqual([]);
    expect(seedCheck('seeds')).toMatchObject({ status: 0, output: expect.stringMatching(/^seeds OK/) });
  });

  it('refuses an outcome recorded as NEW whose sub-outcome descends from an earlier one, and the missing outcome link', () => {
    // The review's case: Clean, Green Future as NEW while its 5.2 comes from GC.4 (and no GC → 5 link).
    const dir = fixture('lineage.yaml', /  - from: "2018-22\/GC"\n    to: "2022-26\/5"\n    kind: SPLIT\n/, '  - from: "2018-22"\n    to: "2022-26/5"\n    kind: NEW\n');
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({
      file: 'seeds/lineage.yaml', record: expect.stringContaining('2018-22 NEW 2022-26/5'), field: 'kind',
      message: expect.stringContaining('an outcome whose sub-outcomes have predecessors is not NEW'),
    }));
    expect(problems).toContainEqual(expect.objectContaining({
      record: expect.stringContaining('2018-22/GC.4 SPLIT 2022-26/5.2'),
      message: expect.stringMatching(/so 2018-22\/GC and 2022-26\/5 must be linked too/),
    }));
    const run = seedCheck(dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/seeds\/lineage\.yaml:\d+, record links\[\d+\] \(2018-22 NEW 2022-26\/5\), field kind: 2022-26\/5 is NEW, but its sub-outcome\(s\) 2022-26\/5\.2 descend from 2018-22/);
  });

  it('refuses a kind that its counts contradict, saying which kind they make', () => {
    // WO has two successors and 9 two predecessors: the review's "T3 MERGED and T4 SPLIT" inconsistency in another place.
    const dir = fixture('lineage.yaml', /(to: "2022-26\/9"\n    kind: )SPLIT_AND_MERGED/, '$1SPLIT');
    expect(problemsOf(dir)).toEqual([expect.objectContaining({
      file: 'seeds/lineage.yaml', record: expect.stringContaining('2018-22/WO SPLIT 2022-26/9'), field: 'kind',
      message: expect.stringMatching(/2018-22\/WO has 2 successor\(s\) in 2022-26 .* which makes it SPLIT_AND_MERGED/),
    })]);
  });

  it('refuses a plan item left without lineage where the rest of its level has it', () => {
    const dir = fixture('lineage.yaml', /  - from: "2018-22"\n    to: "2022-26\/6\.5"\n    kind: NEW\n    basis: ANALYST_JUDGEMENT\n    rationale: "[^"]*"\n/, '');
    expect(problemsOf(dir)).toEqual([expect.objectContaining({
      file: 'seeds/lineage.yaml', record: '2022-26/6.5', message: expect.stringContaining('has no lineage link from 2018-22'),
    })]);
  });
});

describe('the CITED-quote rule: a CITED link quotes the sentence that states it', () => {
  it('refuses a CITED link whose quote is the two items\' identical wording (the old 2017 → 2018-22 citation)', () => {
    const dir = fixture('lineage.yaml',
      /    stated:\n      from: "five priority outcomes"\n      to: "its revised Strategic Plan"\n    citation:\n      source: hwb-2017-07-20\n      at: "para 5"\n      quote: "[^"]*"/,
      '    citation:\n      source: draft-plan-2018-22\n      at: "heading: Strong Economy"\n      quote: "**Strong Economy** Leicestershire\'s economy is growing and resilient"');
    const problems = problemsOf(dir);
    expect(problems).toEqual([expect.objectContaining({
      file: 'seeds/lineage.yaml', record: expect.stringContaining('sof-2017/O1 KEPT 2018-22/SE'), field: 'citation.quote',
      message: expect.stringContaining('names sof-2017/O1 and 2018-22/SE with the same words'),
    })]);
    const run = seedCheck(dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/seeds\/lineage\.yaml:\d+, record links\[\d+\] \(sof-2017\/O1 KEPT 2018-22\/SE\), field citation\.quote: the quote names/);
  });

  it('refuses a CITED relation whose quote names only one of its documents (the old MTFS-iterations sentence)', () => {
    const dir = fixture('documents.yaml', /  - from: "2014-18"\n    kind: SUCCEEDED_BY\n    to: "2018-22"\n    basis: ANALYST_JUDGEMENT\n    rationale: "[^"]*"\n    citation:\n      source: hwb-2017-07-20\n      at: "para 1"\n      quote: "[^"]*"/,
      '  - from: "2014-18"\n    kind: SUCCEEDED_BY\n    to: "2018-22"\n    stated:\n      from: "the current Strategic Plan for 2014 18"\n    citation:\n      source: hwb-2017-07-20\n      at: "para 8"\n      quote: "Since the Council approved the current Strategic Plan for 2014 18 in May 2014"');
    expect(problemsOf(dir)).toEqual([expect.objectContaining({
      file: 'seeds/documents.yaml', record: expect.stringContaining('2014-18 SUCCEEDED_BY 2018-22'), field: 'citation.quote',
      message: expect.stringContaining('this quote does not name 2018-22'),
    })]);
  });

  it('refuses stated words that are not in the quote, or that do not name the end', () => {
    const notInQuote = fixture('measures.yaml', 'from: "Aim: Increased"', 'from: "Aim: Raised"');
    expect(problemsOf(notInQuote)).toEqual([expect.objectContaining({ file: 'seeds/measures.yaml', field: 'stated.from', message: expect.stringContaining('is not in the quote') })]);
    // "Aim:" is in the quote but names the aim, not the indicator.
    const namesSomethingElse = fixture('measures.yaml', 'to: "proportion of residents with a healthy weight"', 'to: "Aim:"');
    expect(problemsOf(namesSomethingElse)).toContainEqual(expect.objectContaining({ field: 'stated.to', message: expect.stringContaining('shares no word with measure/HEALTHY-WEIGHT') }));
  });

  it('accepts an analyst\'s judgement with a rationale, whatever its quote', () => {
    // The same quote as ANALYST_JUDGEMENT: a supporting passage, not a statement of the link.
    const dir = fixture('lineage.yaml', /(  - from: "sof-2017\/O1"\n    to: "2018-22\/SE"\n    kind: KEPT\n    basis: )CITED/, '$1ANALYST_JUDGEMENT');
    const check = checkSeeds(dir);
    expect(check.ok ? [] : check.error.problems).toEqual([]);
  });
});
