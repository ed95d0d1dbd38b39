/**
 * Finding organisations as a spreadsheet names them (src/domains/imports/organisation-names.ts), and what it
 * costs: a file that brings its own departments names thousands of organisations the graph does not hold
 * yet, and working out "did you mean" hints for each against every known organisation made loading 300
 * councils quadratic (81% of the loader's CPU at 200 councils). Hints are worked out only when a problem is
 * reported, once per wording.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { OrganisationNames as Names, type KnownOrganisation } from '../../src/domains/imports/organisation-names.js';
import { similarity } from '../../src/shared/similarity.js';

// The real similarity, counted: how many name comparisons the hints cost.
const compared = { count: 0 };
class OrganisationNames extends Names {
  constructor(organisations: KnownOrganisation[], aliases: { text: string; key: string }[]) {
    super(organisations, aliases, 'organisation', (a, b) => (compared.count++, similarity(a, b)));
  }
}

const known = Array.from({ length: 500 }, (_, i) => ({ key: `council-${i}-adults-department`, name: `Council ${i} Adults Department` }));
known.push({ key: 'adults-and-communities-department', name: 'Adults and Communities' });

beforeEach(() => {
  compared.count = 0;
});

describe('finding an organisation by the name a spreadsheet gives', () => {
  it('finds it by key, by name without case, "&" or a trailing "Department", and by a recorded alias', () => {
    const names = new OrganisationNames(known, [{ text: 'A&C', key: 'adults-and-communities-department' }]);
    expect(names.find('ADULTS-AND-COMMUNITIES-DEPARTMENT')).toEqual({ key: 'adults-and-communities-department' });
    expect(names.find('adults & communities dept')).toEqual({ key: 'adults-and-communities-department' });
    expect(names.find('a&c')).toEqual({ key: 'adults-and-communities-department' });
  });

  it('does not compare an unknown name with every known organisation unless the problem is reported', () => {
    const names = new OrganisationNames(known, []);
    for (let i = 0; i < 200; i++) expect('key' in names.find(`new-council-${i}-department`)).toBe(false);
    expect(compared.count).toBe(0);
  });

  it('reports an unknown name with the closest known names, comparing each wording once however often it is reported', () => {
    const names = new OrganisationNames(known, []);
    const first = names.find('Adults and Comunities');
    if ('key' in first) throw new Error('expected a problem');
    expect(first.problem()).toMatch(/^"Adults and Comunities" is not a known organisation\. Closest known: Adults and Communities \(adults-and-communities-department\);/);
    const afterOne = compared.count;
    expect(afterOne).toBeGreaterThan(0);
    const again = names.find('adults and comunities');
    if ('key' in again) throw new Error('expected a problem');
    expect(again.problem()).toMatch(/Closest known: Adults and Communities/);
    expect(compared.count).toBe(afterOne);
  });

  it('refuses a name two organisations share, naming both', () => {
    const names = new OrganisationNames([{ key: 'a-dept', name: 'Finance' }, { key: 'b-dept', name: 'Finance' }], []);
    const match = names.find('finance');
    if ('key' in match) throw new Error('expected a problem');
    expect(match.problem()).toMatch(/"finance" matches 2 organisations: Finance \(a-dept\) and Finance \(b-dept\)/);
  });
});
