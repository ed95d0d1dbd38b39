/**
 * How a council is named in a question: its key (`lcc`, `c007-council`), its name as the papers write it
 * (`Leicestershire County Council`), any alias recorded for it, or its place name alone (`Leicestershire`),
 * case and spacing aside. The forms are worked out here once; the Cypher below matches a council node
 * against them, so every look-up that takes a `council` argument reads it the same way.
 */
import { lookupForm } from '../../shared/lookup-form.js';

export interface CouncilReference {
  keys: string[];
  names: string[];
}

const KINDS_OF_COUNCIL = ['county council', 'city council', 'borough council', 'district council', 'metropolitan borough council', 'council'];
/** The synthetic generator's councils say what they are in their names; their place names still find them. */
const MARKS = ['', ' (synthetic)'];

export function councilReference(text: string): CouncilReference {
  const key = text.trim();
  const name = lookupForm(key);
  const names = new Set([name]);
  if (!/\bcouncil( \(synthetic\))?$/.test(name)) for (const kind of KINDS_OF_COUNCIL) for (const mark of MARKS) names.add(`${name} ${kind}${mark}`);
  // Keys the import pipeline and the generator give councils: `<prefix>-council`.
  return { keys: [...new Set([key, `${key}-council`])], names: [...names] };
}

/** Cypher: whether council node `c` is the one reference map `ref` names. */
export const councilMatches = (c: string, ref: string) =>
  `(${c}.key IN ${ref}.keys OR toLower(${c}.name) IN ${ref}.names
    OR EXISTS { MATCH (councilAlias:Alias)-[:ALIAS_OF]->(${c}) WHERE toLower(councilAlias.text) IN ${ref}.names })`;

/**
 * Cypher: the keys of the councils reference map `ref` names (an expression; usually one, none for a name
 * that matches nothing, several for one that is ambiguous). Councils are found through the index on
 * Organisation.kind, so this never scans the organisations.
 */
export const councilsNamedBy = (ref: string) =>
  `COLLECT { MATCH (c:Organisation) WHERE c.kind = 'COUNCIL' AND c.retiredAt IS NULL AND ${councilMatches('c', ref)} RETURN c.key AS key ORDER BY key }`;
