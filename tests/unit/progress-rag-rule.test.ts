import { describe, expect, it } from 'vitest';
import { ragOf, trendOf } from '../../src/domains/progress/rag-rule.js';

describe('the RAG rule at its boundaries', () => {
  it('higher is better: green on target, amber down to the tolerance, red beyond it', () => {
    const rag = (value: number) => ragOf(value, 60, 'HIGHER_IS_BETTER', 2);
    expect(rag(61)).toBe('GREEN');
    expect(rag(60)).toBe('GREEN');
    expect(rag(59.99)).toBe('AMBER');
    expect(rag(58)).toBe('AMBER');
    expect(rag(57.99)).toBe('RED');
  });

  it('lower is better: green on target, amber up to the tolerance, red beyond it', () => {
    const rag = (value: number) => ragOf(value, 5, 'LOWER_IS_BETTER', 0.5);
    expect(rag(4)).toBe('GREEN');
    expect(rag(5)).toBe('GREEN');
    expect(rag(5.01)).toBe('AMBER');
    expect(rag(5.5)).toBe('AMBER');
    expect(rag(5.51)).toBe('RED');
  });

  it('holds exact decimal boundaries that binary floats miss (62.1 - 0.3 is 61.8)', () => {
    expect(61.8 >= 62.1 - 0.3).toBe(false); // why the rule allows a billionth
    expect(ragOf(61.8, 62.1, 'HIGHER_IS_BETTER', 0.3)).toBe('AMBER');
    expect(ragOf(0.3, 0.1 + 0.2, 'LOWER_IS_BETTER', 0)).toBe('GREEN');
  });

  it('with no tolerance, anything short of target is red', () => {
    expect(ragOf(59.9, 60, 'HIGHER_IS_BETTER', 0)).toBe('RED');
    expect(ragOf(60, 60, 'HIGHER_IS_BETTER', 0)).toBe('GREEN');
  });

  it('says NO_DATA without a value and NO_TARGET without a target or a direction', () => {
    expect(ragOf(null, 60, 'HIGHER_IS_BETTER', 2)).toBe('NO_DATA');
    expect(ragOf(50, null, 'HIGHER_IS_BETTER', 2)).toBe('NO_TARGET');
    expect(ragOf(50, 60, null, 2)).toBe('NO_TARGET');
  });
});

describe('the trend over the last values', () => {
  it('judges the latest against the earliest by the direction', () => {
    expect(trendOf([60, 58, 61.5], 'HIGHER_IS_BETTER')).toEqual({ trend: 'IMPROVING', change: 1.5 });
    expect(trendOf([60, 62, 59], 'HIGHER_IS_BETTER')).toEqual({ trend: 'WORSENING', change: -1 });
    expect(trendOf([12, 11.5, 11], 'LOWER_IS_BETTER')).toEqual({ trend: 'IMPROVING', change: -1 });
    expect(trendOf([62.1, 61.9], 'HIGHER_IS_BETTER')).toEqual({ trend: 'WORSENING', change: -0.2 });
    expect(trendOf([5, 7, 5], 'LOWER_IS_BETTER')).toEqual({ trend: 'STEADY', change: 0 });
  });

  it('needs two values and a direction', () => {
    expect(trendOf([60], 'HIGHER_IS_BETTER')).toEqual({ trend: 'NOT_ENOUGH_DATA', change: null });
    expect(trendOf([], 'LOWER_IS_BETTER').trend).toBe('NOT_ENOUGH_DATA');
    expect(trendOf([1, 2], null)).toEqual({ trend: 'NOT_ENOUGH_DATA', change: 1 });
  });
});
