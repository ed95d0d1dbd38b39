import { describe, expect, it } from 'vitest';
import { kindOfLinkKey, LINK_RULES, linkEndsProblem } from '../../src/domains/links/link-rules.js';

describe('which items each kind of analyst link joins', () => {
  it('lets an action support a sub-outcome and a partner priority align with an outcome', () => {
    expect(linkEndsProblem('SUPPORTS', ['Item', 'Action'], ['Item', 'SubOutcome'])).toBeNull();
    expect(linkEndsProblem('ALIGNS_WITH', ['Item', 'PartnerPriority'], ['Item', 'Outcome'])).toBeNull();
  });

  it('refuses ends the kind does not join, saying what the kind accepts and what it got', () => {
    const problem = linkEndsProblem('SUPPORTS', ['Item', 'SavingsLine'], ['Item', 'Theme']);
    expect(problem).toMatch(/a SUPPORTS link joins Action\/Aim\/Document to Outcome\/SubOutcome\/Aim/);
    expect(problem).toMatch(/got SavingsLine to Theme\.$/);
  });

  it('reads the kind from a link key, and nothing from a key that is not a link', () => {
    for (const kind of Object.keys(LINK_RULES)) expect(kindOfLinkKey(`${kind}:a->b`)).toBe(kind);
    expect(kindOfLinkKey('2022-26/9.3')).toBeNull();
    expect(kindOfLinkKey('constructor:x')).toBeNull();
  });
});
