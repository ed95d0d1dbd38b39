import { describe, expect, it } from 'vitest';
import { asOfArgument } from '../../src/shared/as-of.js';

describe('the asOf argument', () => {
  it('reads a date alone as the end of that day, UTC, and passes a time on at full precision', () => {
    expect(asOfArgument('2024-03-31')).toBe('2024-03-31T23:59:59.999999999Z');
    expect(asOfArgument('2024-03-31T12:00:00.123456789Z')).toBe('2024-03-31T12:00:00.123456789Z');
    expect(asOfArgument(null)).toBeNull();
  });

  it('refuses a day the calendar does not have, naming the argument (Neo4j would fail on it)', () => {
    expect(() => asOfArgument('2024-02-30')).toThrow(/no day 30/);
    expect(() => asOfArgument('2023-02-29T10:00:00Z')).toThrow(/asOf|calendar/);
    expect(asOfArgument('2024-02-29')).toBe('2024-02-29T23:59:59.999999999Z');
  });
});
