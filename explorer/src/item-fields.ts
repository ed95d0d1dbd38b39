/**
 * What the explorer asks of any item: one GraphQL selection with a fragment per item kind. Free of the DOM,
 * so the unit tier checks it against the item kinds (tests/unit/item-kinds.test.ts).
 */
import type { ItemKind } from '../../src/shared/item-kinds.js';

export const CITATION_FIELDS = 'citation { quote at line source { key title body date file } }';

// What each kind of item is asked for, keyed by the item kinds (src/shared/item-kinds.ts): a kind added there
// and not here does not compile. Links are drawn as edges, never shown as items. Aliases keep the explorer's
// own names for a few fields (Item in items.ts); none is needed to merge the types.
const FIELDS_OF_KIND: Record<Exclude<ItemKind, 'Link'>, string> = {
  StrategicPlan: `key title planPeriod: period status: documentStatus ${CITATION_FIELDS}`,
  Outcome: `code name statement plan { period } ${CITATION_FIELDS}`,
  SubOutcome: `code name outcome { code name } ${CITATION_FIELDS}`,
  Aim: `code text ${CITATION_FIELDS}`,
  Action: `code text illustrative owner { name } ${CITATION_FIELDS}`,
  Theme: `code name ${CITATION_FIELDS}`,
  SubTheme: `code name ${CITATION_FIELDS}`,
  Statement: `code name statementText ${CITATION_FIELDS}`,
  Document: `key title kind: documentKind period illustrative ${CITATION_FIELDS}`,
  Organisation: `key name orgKind: organisationKind illustrative ${CITATION_FIELDS}`,
  PartnerPriority: 'code name description illustrative strategy { title }',
  BusinessPlanCommitment: 'code text illustrative department { name }',
  Measure: 'code name unit target',
  SourceDocument: 'key title body date file',
  SavingsLine: 'key code: reference savingsDescription: description illustrative savingsStatus department { name } edition { title } amounts { total { formatted } }',
};

export const ITEM_FIELDS = `
  __typename id
${Object.entries(FIELDS_OF_KIND).map(([kind, fields]) => `  ... on ${kind} { ${fields} }`).join('\n')}
`;
