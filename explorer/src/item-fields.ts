/**
 * What the explorer asks of any item: one GraphQL fragment with a part per item kind, and what it asks of a
 * citation. Free of the DOM, so the unit tier checks it against the item kinds (tests/unit/item-kinds.test.ts:
 * a kind added to src/shared/item-kinds.ts and not here fails there). Links are drawn as edges, never shown as
 * items. Aliases keep the explorer's own names for a few fields (Item in items.ts); none is needed to merge
 * the types. Written out whole, not built from parts: codegen reads each document as it stands in the source.
 *
 * The citation's fields are written out where they are asked for rather than spread from CITATION_FIELDS: the
 * server counts each fragment spread as nesting against its depth limit (GT_MAX_DEPTH, 10), and the thread's
 * questions (neighbours → item → citation → source) would pass it. CITATION_FIELDS still names the shape
 * (`Citation` in items.ts), so a view that asks a citation for less than citationBlock shows does not compile.
 */
import { graphql } from './generated/gql.js';

export const CITATION_FIELDS = graphql(`
  fragment CitationFields on Citation { quote at line source { key title body date file } }
`);

export const ITEM_FIELDS = graphql(`
  fragment ItemFields on Node {
    __typename id
    ... on StrategicPlan { key title planPeriod: period status: documentStatus citation { quote at line source { key title body date file } } }
    ... on Outcome { code name statement plan { period } citation { quote at line source { key title body date file } } }
    ... on SubOutcome { code name outcome { code name } citation { quote at line source { key title body date file } } }
    ... on Aim { code text citation { quote at line source { key title body date file } } }
    ... on Action { code text illustrative owner { name } citation { quote at line source { key title body date file } } }
    ... on Theme { code name citation { quote at line source { key title body date file } } }
    ... on SubTheme { code name citation { quote at line source { key title body date file } } }
    ... on Statement { code name statementText citation { quote at line source { key title body date file } } }
    ... on Document { key title kind: documentKind period illustrative citation { quote at line source { key title body date file } } }
    ... on Organisation { key name orgKind: organisationKind illustrative citation { quote at line source { key title body date file } } }
    ... on PartnerPriority { code name description illustrative strategy { title } }
    ... on BusinessPlanCommitment { code text illustrative department { name } }
    ... on Measure { code name unit target }
    ... on SourceDocument { key title body date file }
    ... on SavingsLine { key code: reference savingsDescription: description illustrative savingsStatus department { name } edition { title } amounts { total { formatted } } }
  }
`);
