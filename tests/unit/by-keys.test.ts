import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { loadRequired, manyByKey, oneByKey } from '../../src/shared/by-keys.js';

describe('the DataLoader contract', () => {
  it('lines rows up one per key, in key order, null where nothing was found', () => {
    expect(oneByKey(['b', 'a', 'z'], [{ k: 'a' }, { k: 'b' }], (r) => r.k)).toEqual([{ k: 'b' }, { k: 'a' }, null]);
  });

  it('gives each key its list of rows in their order, empty where there are none', () => {
    expect(manyByKey(['x', 'y'], [{ k: 'x', n: 1 }, { k: 'x', n: 2 }], (r) => r.k)).toEqual([[{ k: 'x', n: 1 }, { k: 'x', n: 2 }], []]);
  });
});

describe('a reference that must resolve', () => {
  const loader = new DataLoader(async (keys: readonly string[]) => keys.map((k) => (k === '2022-26' ? { key: k } : null)));

  it('answers the item it refers to', async () => {
    await expect(loadRequired(loader, '2022-26')).resolves.toEqual({ key: '2022-26' });
  });

  it('names the missing key as a dangling reference and says where to look, never answering null', async () => {
    await expect(loadRequired(loader, '2022-26/99')).rejects.toThrow(/refers to "2022-26\/99".*dangling reference.*seed files or the last import/);
  });
});
