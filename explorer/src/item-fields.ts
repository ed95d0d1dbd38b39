/**
 * What the explorer asks of any item: one GraphQL fragment with a part per item kind, and what it asks of a
 * citation. Free of the DOM, so the unit tier checks it against the item kinds (tests/unit/item-kinds.test.ts:
 * a kind added to src/shared/item-kinds.ts and not here fails there). Links are drawn as edges, never shown as
 * items. Aliases keep the explorer's own names for a few fields (Item in items.ts); none is needed to merge
 * the types. Written out whole, not built from parts: codegen reads each document as it stands in the source.
 */
import { graphql } from './generated/gql.js';

export const CITATION_FIELDS = graphql(`
  fragment CitationFields on Citation { quote at line source { key title body date file } }
`);

export const ITEM_FIELDS = graphql(`
  fragment ItemFields on Node {
    __typename id
    ... on StrategicPlan { key title planPeriod: period status: documentStatus citation { ...CitationFields } }
    ... on Outcome { code name statement plan { period } citation { ...CitationFields } }
    ... on SubOutcome { code name outcome { code name } citation { ...CitationFields } }
    ... on Aim { code text citation { ...CitationFields } }
    ... on Action { code text illustrative owner { name } citation { ...CitationFields } }
    ... on Theme { code name citation { ...CitationFields } }
    ... on SubTheme { code name citation { ...CitationFields } }
    ... on Statement { code name statementText citation { ...CitationFields } }
    ... on Document { key title kind: documentKind period illustrative citation { ...CitationFields } }
    ... on Organisation { key name orgKind: organisationKind illustrative citation { ...CitationFields } }
    ... on PartnerPriority { code name description illustrative strategy { title } }
    ... on BusinessPlanCommitment { code text illustrative department { name } }
    ... on Measure { code name unit target }
    ... on SourceDocument { key title body date file }
    ... on SavingsLine { key code: reference savingsDescription: description illustrative savingsStatus department { name } edition { title } amounts { total { formatted } } }
  }
`);
