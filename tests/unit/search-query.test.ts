import { describe, expect, it } from 'vitest';
import { escapeLucene, searchQuery } from '../../src/domains/traceability/search.repository.js';

describe('the words an analyst types into search', () => {
  it('rank the exact phrase first, then every word, then any word', () => {
    expect(searchQuery('Air  Quality')).toBe('"air quality"^4 OR (air AND quality)^2 OR (air quality)');
  });

  it('keep one word as it is, lower-cased', () => {
    expect(searchQuery('Libraries')).toBe('libraries');
  });

  it('never become Lucene operators or syntax: brackets, quotes, colons and a typed AND are plain text', () => {
    expect(escapeLucene('air quality (2019): "clean"')).toBe('air quality \\(2019\\)\\: \\"clean\\"');
    expect(searchQuery('roads AND schools')).toBe('"roads and schools"^4 OR (roads AND and AND schools)^2 OR (roads and schools)');
    expect(searchQuery('a/b*')).toBe('a\\/b\\*');
  });
});
