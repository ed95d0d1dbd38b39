import { describe, expect, it } from 'vitest';
import { editionPeriodOf } from '../../src/domains/finance/edition-period.js';
import { itemWording } from '../../src/domains/plans/item-wording.js';
import { planKeyGuesses } from '../../src/domains/plans/plan-key-guesses.js';
import { planPeriodOf } from '../../src/domains/plans/plan-period.js';
import { councilReference } from '../../src/domains/councils/council-reference.js';

describe('a plan period in the stored form', () => {
  it.each([['2022-26', '2022-26'], ['2022-2026', '2022-26'], ['2022 to 2026', '2022-26'], ['2018 - 22', '2018-22'], ['2014 – 2018', '2014-18'], ['(2022-26)', '2022-26'], ['1998-02', '1998-02']])('%s → %s', (text, period) => {
    expect(planPeriodOf(text)).toBe(period);
  });
  it.each(['c007-2022-26', '2022', '2026-2022', '2022-2060', 'twenty'])('%s is not a period', (text) => {
    expect(planPeriodOf(text)).toBeNull();
  });
});

describe('an MTFS edition period', () => {
  it.each([['2017/18 to 2020/21', '2017/18 to 2020/21'], ['2017/18-2020/21', '2017/18 to 2020/21'], ['2017-21', '2017/18 to 2020/21'], ['2022-2026', '2022/23 to 2025/26']])('%s → %s', (text, period) => {
    expect(editionPeriodOf(text)).toBe(period);
  });
  it.each(['2017/19 to 2020/21', 'mtfs-2017-21'])('%s is not one', (text) => {
    expect(editionPeriodOf(text)).toBeNull();
  });
});

describe('the wordings of an item', () => {
  it('unframes quotes, emphasis and the word outcome', () => {
    expect(itemWording("‘*Keeping People Safe and Well*’ outcome").names).toContain('keeping people safe and well');
  });
  it('splits a code from a name, to be matched together', () => {
    expect(itemWording('O1 - Strong Economy').pairs).toEqual([{ code: 'O1', name: 'strong economy' }]);
    expect(itemWording('Strong Economy').pairs).toEqual([]);
  });
});

describe('the keys a plan probably has', () => {
  it('guesses the period for the default council and the prefixed key for a named one', () => {
    expect(planKeyGuesses('2022-2026', null, 'lcc')).toEqual(['2022-2026', '2022-26', 'lcc-2022-26']);
    expect(planKeyGuesses('2022-26', 'c007-council', 'lcc')).toEqual(['2022-26', 'c007-2022-26']);
    expect(planKeyGuesses('c007-2022-26', 'c007-council', 'lcc')).toEqual(['c007-2022-26']);
  });
});

describe('a council by name', () => {
  it('reads a place name as the council of that place', () => {
    expect(councilReference('Leicestershire').names).toContain('leicestershire county council');
    expect(councilReference('c007').keys).toContain('c007-council');
  });
});
