/** Amounts as finance writes them in £000 read to exact pence; shares in percent read to basis points. */
import { describe, expect, it } from 'vitest';
import { formattedPounds, isFinancialYear, poundsText, readSharePercent, readThousandsOfPounds, thousandsText } from '../../src/domains/finance/money.js';

const pence = (cell: string) => {
  const r = readThousandsOfPounds(cell);
  return 'pence' in r ? r.pence : r.problem;
};

describe('reading a £000 cell', () => {
  it.each([
    ['1,250', 125_000_000], ['£1,250', 125_000_000], ['(300)', -30_000_000], ['£(300)', -30_000_000], ['(£300)', -30_000_000],
    ['-300', -30_000_000], ["'-300", -30_000_000], ['', 0], ['  ', 0], ['-', 0], ['12.5', 1_250_000], ['333.333', 33_333_300], ['0.00001', 1], ['1,234,567', 123_456_700_000],
  ])('reads %j as %d pence', (cell, expected) => expect(pence(cell)).toBe(expected));

  it.each(['12,34', 'abc', '1.234567', '(-5)', '£', '1 250'])('names the problem in %j', (cell) => {
    expect(pence(cell)).toEqual(expect.stringContaining(`"${cell}"`));
  });

  it('writes pence back as the £000 it came from, and as pounds', () => {
    for (const cell of ['1250', '-300', '333.333', '0.00001', '0']) expect(thousandsText(pence(cell) as number)).toBe(cell);
    expect(poundsText(-12_345)).toBe('-123.45');
    expect(formattedPounds(6_600_000_050)).toBe('£66,000,000.50');
  });
});

describe('financial years and shares', () => {
  it('knows 2017/18 from 2017/19', () => {
    expect(isFinancialYear('2017/18')).toBe(true);
    expect(isFinancialYear('1999/00')).toBe(true);
    expect(isFinancialYear('2017/19')).toBe(false);
  });

  it('reads shares to basis points and refuses 0, over 100 and three decimals', () => {
    expect(readSharePercent('33.33%')).toEqual({ basisPoints: 3333 });
    expect(readSharePercent('100')).toEqual({ basisPoints: 10000 });
    for (const bad of ['0%', '100.01%', '12.345%', 'half']) expect(readSharePercent(bad)).toHaveProperty('problem');
  });
});
