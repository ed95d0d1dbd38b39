/**
 * Outcomes and sub-outcomes by any name they go by: their code (`9`, `WO`), their name, any alias recorded
 * for them (another paper's wording, a typo'd section number), and the ways the papers frame those in
 * running text: in quotes and emphasis (`‘*Keeping People Safe and Well*’`), with the word outcome
 * (`'Clean, Green Future' Outcome`, `sub-outcome 6.13`), or as code and name together (`O1 - Strong Economy`,
 * `9.3 People enjoy long lives in good health`). A rule for the framing, so any paper's wording finds the
 * item; the words themselves must still be the item's own or a recorded alias.
 */
import { lookupForm } from '../../shared/lookup-form.js';

export interface ItemWording {
  /** The text (and its unframed form) as a code, compared exactly. */
  codes: string[];
  /** The text's forms as a name, in lookupForm. */
  names: string[];
  /** Code and name given together: both must be the item's. */
  pairs: { code: string; name: string }[];
}

const WRAPPERS = /^['"‘’“”*_\s]+|['"‘’“”*_\s;.:,]+$/g;
const OUTCOME_WORD = /^(?:(?:sub|supporting)[- ]?outcome|outcome|sub-section|section)s?\s+|\s+(?:(?:sub|supporting)[- ]?outcome|outcome)$/i;
/** A code before a name: digits and dots (`9.3`), or a short capitalised code (`WO`, `KPS.2`, `O1`). */
const CODE_AND_NAME = /^((?:\d+(?:\.\d+)*)|(?:[A-Z]{1,4}\d*(?:\.\d+)?))\s*(?:[-–—:]\s*|\s+)(.{3,})$/;

/** Strips quotes, emphasis and the word "outcome" around the words, until nothing more comes off. */
function unframed(text: string): string {
  let current = text.trim();
  for (;;) {
    const next = current.replace(WRAPPERS, '').replace(OUTCOME_WORD, '').trim();
    if (next === current) return current;
    current = next;
  }
}

export function itemWording(text: string): ItemWording {
  const whole = text.trim();
  const bare = unframed(whole);
  const pairs: ItemWording['pairs'] = [];
  const split = CODE_AND_NAME.exec(bare);
  if (split) pairs.push({ code: split[1]!, name: lookupForm(unframed(split[2]!)) });
  return { codes: [...new Set([whole, bare])], names: [...new Set([lookupForm(whole), lookupForm(bare)])], pairs };
}

/** Cypher: whether item `x` (an outcome or sub-outcome) goes by the wording map `w`. */
export const goesBy = (x: string, w: string) => `(
       ${x}.code IN ${w}.codes OR toLower(${x}.name) IN ${w}.names
       OR EXISTS { MATCH (alias:Alias)-[:ALIAS_OF]->(${x}) WHERE alias.text IN ${w}.codes OR toLower(alias.text) IN ${w}.names }
       OR any(pair IN ${w}.pairs WHERE
            (${x}.code = pair.code OR EXISTS { MATCH (alias:Alias)-[:ALIAS_OF]->(${x}) WHERE alias.text = pair.code })
            AND (toLower(${x}.name) = pair.name OR EXISTS { MATCH (alias:Alias)-[:ALIAS_OF]->(${x}) WHERE toLower(alias.text) = pair.name })))`;
