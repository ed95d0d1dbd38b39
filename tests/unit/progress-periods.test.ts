import { describe, expect, it } from 'vitest';
import { contains, dayOf, parsePeriod, previousPeriod, readPeriod, yearOf } from '../../src/domains/progress/period-grammar.js';

describe('the financial-year period grammar', () => {
  it('reads a year, a quarter and a month, April to March', () => {
    const year = readPeriod('2023/24')!;
    expect(year).toMatchObject({ label: '2023/24', kind: 'YEAR', financialYear: '2023/24' });
    expect([dayOf(year.firstMonth, 'first'), dayOf(year.lastMonth, 'last')]).toEqual(['2023-04-01', '2024-03-31']);
    const q2 = readPeriod('2023/24 Q2')!;
    expect(q2).toMatchObject({ kind: 'QUARTER', financialYear: '2023/24' });
    expect([dayOf(q2.firstMonth, 'first'), dayOf(q2.lastMonth, 'last')]).toEqual(['2023-07-01', '2023-09-30']);
    const q4 = readPeriod('2023/24 Q4')!;
    expect([dayOf(q4.firstMonth, 'first'), dayOf(q4.lastMonth, 'last')]).toEqual(['2024-01-01', '2024-03-31']);
    const m07 = readPeriod('2023/24 M07')!;
    expect(m07.kind).toBe('MONTH');
    expect([dayOf(m07.firstMonth, 'first'), dayOf(m07.lastMonth, 'last')]).toEqual(['2023-10-01', '2023-10-31']);
    expect(dayOf(readPeriod('2023/24 M11')!.lastMonth, 'last')).toBe('2024-02-29');
  });

  it('answers one canonical label, whatever the spacing', () => {
    expect(readPeriod('  2023/24   Q2 ')!.label).toBe('2023/24 Q2');
    expect(readPeriod('2099/00 M12')!.label).toBe('2099/00 M12');
  });

  it.each(['2023/25', '2023-24 Q2', 'Q2 2023/24', '2023/24 Q5', '2023/24 Q0', '2023/24 M13', '2023/24 M00', '2023/24 M7', '2023/24 q2', '2023', '23/24', '', '1999/00'])(
    'refuses %j', (text) => {
      expect(readPeriod(text)).toBeNull();
      expect(() => parsePeriod(text, 'input.period')).toThrow(/Argument "input.period": .* is not a period: write a financial year `2023\/24`, a quarter `2023\/24 Q2`/);
    });

  it('steps back one period of the same kind, across financial years', () => {
    expect(previousPeriod(readPeriod('2023/24 Q2')!).label).toBe('2023/24 Q1');
    expect(previousPeriod(readPeriod('2023/24 Q1')!).label).toBe('2022/23 Q4');
    expect(previousPeriod(readPeriod('2023/24 M01')!).label).toBe('2022/23 M12');
    expect(previousPeriod(readPeriod('2023/24')!).label).toBe('2022/23');
  });

  it('says which periods contain which', () => {
    const year = readPeriod('2023/24')!;
    expect(contains(year, readPeriod('2023/24 Q4')!)).toBe(true);
    expect(contains(readPeriod('2023/24 Q2')!, readPeriod('2023/24 M06')!)).toBe(true);
    expect(contains(readPeriod('2023/24 Q2')!, readPeriod('2023/24 M07')!)).toBe(false);
    expect(contains(year, readPeriod('2024/25 Q1')!)).toBe(false);
    expect(yearOf(readPeriod('2023/24 M10')!).label).toBe('2023/24');
  });
});
