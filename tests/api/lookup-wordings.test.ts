/**
 * Plans, outcomes, sub-outcomes and MTFS editions looked up by the words the papers print: a plan's period
 * in each form the five papers use, an outcome by the name and framing of running text, an edition by its
 * financial years. Each wording below is copied from a paper in seeds/sources/ (the file is named).
 */
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

const planOf = async (period: string) => (await server.ask('query($p: String!) { plan(period: $p) { key } }', { p: period })).plan?.key ?? null;

describe('a plan by its period as the papers print it', () => {
  it.each([
    ['2022- 2026', '2022-26'], // hwb-2021-11-25, heading
    ['(2022-26)', '2022-26'], // hwb-2021-11-25 para 1
    ['2018 - 22', '2018-22'], // draft-strategic-plan-2018-22, title
    ['2014 – 2018', '2014-18'], // hwb-2017-07-20, background papers (an en dash)
    ['2014 2018', '2014-18'], // hwb-2017-07-20 para 6
    ['2022-2026', '2022-26'],
    ['2022 to 2026', '2022-26'],
  ])('finds "%s" as plan %s', async (wording, key) => {
    expect(await planOf(wording)).toBe(key);
  });

  it('finds no plan for a period no plan covers, or a span that is not a plan\'s', async () => {
    expect(await planOf('2030-2034')).toBeNull();
    expect(await planOf('2022-2021')).toBeNull();
  });
});

describe('an outcome by any name it goes by', () => {
  const outcome = async (plan: string, code: string) =>
    (await server.ask('query($p: String!, $c: String!) { outcome(plan: $p, code: $c) { code } }', { p: plan, c: code })).outcome?.code ?? null;

  it.each([
    ['2022-26', "'Clean, Green Future' Outcome", '5'], // hwb-2021-11-25 para 9
    ['2022-26', '‘*Keeping People Safe and Well*’', '9'], // hwb-2021-11-25 para 11
    ['2022-26', "'*Great Communities*' outcome", '6'], // hwb-2021-11-25 para 12
    ['2022-2026', 'Outcome 9', '9'],
    ['2022-26', '8 Strong Economy, Transport and Infrastructure', '8'],
    ['2018 - 22', 'Strong Economy', 'SE'],
    ['sof-2017', 'O1 - Strong Economy', null], // the 2017 framework is not a Strategic Plan: no plan look-up reaches it
  ])('in %s finds %s', async (plan, wording, code) => {
    expect(await outcome(plan, wording)).toBe(code);
  });

  it('never matches a code and a name of two different outcomes', async () => {
    expect(await outcome('2022-26', '5 Keeping People Safe and Well')).toBeNull();
    expect(await outcome('2022-26', '9 Keeping People Safe and Well')).toBe('9');
  });

  it('finds a sub-outcome by number and name as a paper frames them, typo and all', async () => {
    const data = await server.ask(`{
      a: subOutcome(plan: "2022-26", code: "sub-outcome 6.13 'Communities are prepared for and resilient to emergencies'") { code }
      b: subOutcome(plan: "2022-2026", code: "sub-outcome 7.1 'Every child gets the best start in life'") { code }
    }`); // hwb-2021-11-25 paras 12 and 13
    expect(data).toEqual({ a: { code: '6.3' }, b: { code: '7.1' } });
  });
});

describe('an MTFS edition by its financial years', () => {
  it.each(['2017/18 to 2020/21', '2017/18-2020/21', '2017-21', 'mtfs-2017-21'])('finds "%s"', async (wording) => {
    const data = await server.ask('query($e: String!) { savings(edition: $e) { edition { key } } }', { e: wording });
    expect(data.savings.edition.key).toBe('mtfs-2017-21');
  });
});
