import { describe, expect, it } from 'vitest';
import { fromGlobalId, keyFromIdOrKey, keyOf, MAX_ID_LENGTH, toGlobalId } from '../../src/shared/global-id.js';

describe('global ids', () => {
  it('round-trip a type name and a key, whatever characters the key holds', () => {
    for (const key of ['2022-26/9.3', 'SUPPORTS:2022-26/9.3/a1->2022-26/9.2', 'mtfs-2017-21/AC3', 'Ça va — “quoted”']) {
      expect(fromGlobalId(toGlobalId('SubOutcome', key))).toEqual({ typeName: 'SubOutcome', key });
    }
  });

  it('are opaque to clients: URL-safe, with nothing to read without decoding', () => {
    expect(toGlobalId('Outcome', '2022-26/5')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuse what the API did not issue, naming the argument and never echoing a long input whole', () => {
    expect(() => fromGlobalId('not an id', 'from')).toThrow(/Argument "from": "not an id" is not an id this API issued/);
    expect(() => fromGlobalId(Buffer.from('lowercase:key').toString('base64url'))).toThrow(/not an id this API issued/);
    const long = 'A'.repeat(MAX_ID_LENGTH + 1);
    expect(() => fromGlobalId(long)).toThrow(/is 1001 characters long; ids are at most 1000/);
    try {
      fromGlobalId(long);
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(300);
    }
  });

  it('check the type when a field takes only some: the message names what was expected and what came', () => {
    expect(keyOf(toGlobalId('Link', 'k'), 'id', 'Link')).toBe('k');
    expect(() => keyOf(toGlobalId('Outcome', 'k'), 'id', 'Link')).toThrow(/expected the id of a Link, got the id of a Outcome/);
  });

  it('accept a key copied from a spreadsheet where a field takes a key or an id', () => {
    expect(keyFromIdOrKey(' mtfs-2017-21/AC3 ', 'line', 'SavingsLine')).toBe('mtfs-2017-21/AC3');
    expect(keyFromIdOrKey(toGlobalId('SavingsLine', 'mtfs-2017-21/AC3'), 'line', 'SavingsLine')).toBe('mtfs-2017-21/AC3');
  });
});
