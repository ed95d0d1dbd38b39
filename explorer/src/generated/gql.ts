/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CouncilEditions { councils { key default financialStrategies { key title } } }": typeof types.CouncilEditionsDocument,
    "query ExplorerCouncils { councils { key name default } }": typeof types.ExplorerCouncilsDocument,
    "\n  fragment CitationFields on Citation { quote at line source { key title body date file } }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment ItemFields on Node {\n    __typename id\n    ... on StrategicPlan { key title planPeriod: period status: documentStatus citation { quote at line source { key title body date file } } }\n    ... on Outcome { code name statement plan { period } citation { quote at line source { key title body date file } } }\n    ... on SubOutcome { code name outcome { code name } citation { quote at line source { key title body date file } } }\n    ... on Aim { code text citation { quote at line source { key title body date file } } }\n    ... on Action { code text illustrative owner { name } citation { quote at line source { key title body date file } } }\n    ... on Theme { code name citation { quote at line source { key title body date file } } }\n    ... on SubTheme { code name citation { quote at line source { key title body date file } } }\n    ... on Statement { code name statementText citation { quote at line source { key title body date file } } }\n    ... on Document { key title kind: documentKind period illustrative citation { quote at line source { key title body date file } } }\n    ... on Organisation { key name orgKind: organisationKind illustrative citation { quote at line source { key title body date file } } }\n    ... on PartnerPriority { code name description illustrative strategy { title } }\n    ... on BusinessPlanCommitment { code text illustrative department { name } }\n    ... on Measure { code name unit target }\n    ... on SourceDocument { key title body date file }\n    ... on SavingsLine { key code: reference savingsDescription: description illustrative savingsStatus department { name } edition { title } amounts { total { formatted } } }\n  }\n": typeof types.ItemFieldsFragmentDoc,
    "query AlignmentView($council: String, $plan: String!) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { period alignmentMatrix {\n    illustrative\n    strategies { key title owner { name } }\n    rows { links outcome { id code name } cells { strategy { key } links primary contributory illustrative\n      alignments { strength rationale illustrative citation { quote at line source { key title body date file } }\n        priority { id code name description illustrative strategy { title } }\n        target { __typename ... on Outcome { id code name } ... on SubOutcome { id code name } } } } }\n  } }\n}": typeof types.AlignmentViewDocument,
    "query GapsView($council: String, $plan: String!, $lacking: [SupportType!]) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { period coverage {\n    completeness shares { type count of share }\n    gaps(lacking: $lacking) { lacks has subOutcome { id code name outcome { id code name } } }\n    actionsSupportingNothing { id code text }\n  } }\n}": typeof types.GapsViewDocument,
    "query LineageView($council: String) {\n  plans(council: $council) { id period title\n    themes { id code name lineage(direction: BOTH) { ...LineageStepFields } }\n    outcomes { id code name lineage(direction: BOTH) { ...LineageStepFields } } }\n}\n\nfragment LineageStepFields on LineageStep {\n  kind basis rationale citation { quote at line source { key title body date file } }\n  from { __typename id ... on StrategicPlan { period } } to { __typename id ... on StrategicPlan { period } }\n}": typeof types.LineageViewDocument,
    "query MoneyView($council: String, $edition: String!) {\n  councils { key default financialStrategies { key title } }\n  savings(council: $council, edition: $edition) { years illustrative total { ...YearlyAmounts } unapportioned { ...YearlyAmounts }\n    flows { department { key name } outcome { id code name plan { period } } amount { ...YearlyAmounts } } }\n}\n\nfragment YearlyAmounts on YearlyMoney { total { pence formatted } years { year amount { pence formatted } } }": typeof types.MoneyViewDocument,
    "query ThreadView($start: ID!, $withStart: Boolean!, $ids: [ID!]!) {\n  start: node(id: $start) @include(if: $withStart) { ...ItemFields }\n  neighbourhoods(ids: $ids, first: 500) { of neighbours {\n    forward item { ...ItemFields } link { kind status basis rationale createdBy createdAt citation { quote at line source { key title body date file } } }\n  } }\n}": typeof types.ThreadViewDocument,
    "query Expand($id: ID!) { neighbours(id: $id, first: 500) {\n  forward item { ...ItemFields } link { kind status basis rationale createdBy createdAt citation { quote at line source { key title body date file } } }\n} }": typeof types.ExpandDocument,
    "query ThreadChoices($council: String, $plan: String!) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { outcomes { id code name subOutcomes { id code name } } themes { id code name } }\n  documents(kinds: [PARTNER_STRATEGY]) { key title priorities { id code name subPriorities { id code name } } }\n  councils { key default financialStrategies { key title } }\n}": typeof types.ThreadChoicesDocument,
    "query ThreadSavingsLines($edition: String!) { savings(edition: $edition) { lines { id reference description } } }": typeof types.ThreadSavingsLinesDocument,
};
const documents: Documents = {
    "query CouncilEditions { councils { key default financialStrategies { key title } } }": types.CouncilEditionsDocument,
    "query ExplorerCouncils { councils { key name default } }": types.ExplorerCouncilsDocument,
    "\n  fragment CitationFields on Citation { quote at line source { key title body date file } }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment ItemFields on Node {\n    __typename id\n    ... on StrategicPlan { key title planPeriod: period status: documentStatus citation { quote at line source { key title body date file } } }\n    ... on Outcome { code name statement plan { period } citation { quote at line source { key title body date file } } }\n    ... on SubOutcome { code name outcome { code name } citation { quote at line source { key title body date file } } }\n    ... on Aim { code text citation { quote at line source { key title body date file } } }\n    ... on Action { code text illustrative owner { name } citation { quote at line source { key title body date file } } }\n    ... on Theme { code name citation { quote at line source { key title body date file } } }\n    ... on SubTheme { code name citation { quote at line source { key title body date file } } }\n    ... on Statement { code name statementText citation { quote at line source { key title body date file } } }\n    ... on Document { key title kind: documentKind period illustrative citation { quote at line source { key title body date file } } }\n    ... on Organisation { key name orgKind: organisationKind illustrative citation { quote at line source { key title body date file } } }\n    ... on PartnerPriority { code name description illustrative strategy { title } }\n    ... on BusinessPlanCommitment { code text illustrative department { name } }\n    ... on Measure { code name unit target }\n    ... on SourceDocument { key title body date file }\n    ... on SavingsLine { key code: reference savingsDescription: description illustrative savingsStatus department { name } edition { title } amounts { total { formatted } } }\n  }\n": types.ItemFieldsFragmentDoc,
    "query AlignmentView($council: String, $plan: String!) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { period alignmentMatrix {\n    illustrative\n    strategies { key title owner { name } }\n    rows { links outcome { id code name } cells { strategy { key } links primary contributory illustrative\n      alignments { strength rationale illustrative citation { quote at line source { key title body date file } }\n        priority { id code name description illustrative strategy { title } }\n        target { __typename ... on Outcome { id code name } ... on SubOutcome { id code name } } } } }\n  } }\n}": types.AlignmentViewDocument,
    "query GapsView($council: String, $plan: String!, $lacking: [SupportType!]) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { period coverage {\n    completeness shares { type count of share }\n    gaps(lacking: $lacking) { lacks has subOutcome { id code name outcome { id code name } } }\n    actionsSupportingNothing { id code text }\n  } }\n}": types.GapsViewDocument,
    "query LineageView($council: String) {\n  plans(council: $council) { id period title\n    themes { id code name lineage(direction: BOTH) { ...LineageStepFields } }\n    outcomes { id code name lineage(direction: BOTH) { ...LineageStepFields } } }\n}\n\nfragment LineageStepFields on LineageStep {\n  kind basis rationale citation { quote at line source { key title body date file } }\n  from { __typename id ... on StrategicPlan { period } } to { __typename id ... on StrategicPlan { period } }\n}": types.LineageViewDocument,
    "query MoneyView($council: String, $edition: String!) {\n  councils { key default financialStrategies { key title } }\n  savings(council: $council, edition: $edition) { years illustrative total { ...YearlyAmounts } unapportioned { ...YearlyAmounts }\n    flows { department { key name } outcome { id code name plan { period } } amount { ...YearlyAmounts } } }\n}\n\nfragment YearlyAmounts on YearlyMoney { total { pence formatted } years { year amount { pence formatted } } }": types.MoneyViewDocument,
    "query ThreadView($start: ID!, $withStart: Boolean!, $ids: [ID!]!) {\n  start: node(id: $start) @include(if: $withStart) { ...ItemFields }\n  neighbourhoods(ids: $ids, first: 500) { of neighbours {\n    forward item { ...ItemFields } link { kind status basis rationale createdBy createdAt citation { quote at line source { key title body date file } } }\n  } }\n}": types.ThreadViewDocument,
    "query Expand($id: ID!) { neighbours(id: $id, first: 500) {\n  forward item { ...ItemFields } link { kind status basis rationale createdBy createdAt citation { quote at line source { key title body date file } } }\n} }": types.ExpandDocument,
    "query ThreadChoices($council: String, $plan: String!) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { outcomes { id code name subOutcomes { id code name } } themes { id code name } }\n  documents(kinds: [PARTNER_STRATEGY]) { key title priorities { id code name subPriorities { id code name } } }\n  councils { key default financialStrategies { key title } }\n}": types.ThreadChoicesDocument,
    "query ThreadSavingsLines($edition: String!) { savings(edition: $edition) { lines { id reference description } } }": types.ThreadSavingsLinesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilEditions { councils { key default financialStrategies { key title } } }"): typeof import('./graphql.js').CouncilEditionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerCouncils { councils { key name default } }"): typeof import('./graphql.js').ExplorerCouncilsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation { quote at line source { key title body date file } }\n"): typeof import('./graphql.js').CitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemFields on Node {\n    __typename id\n    ... on StrategicPlan { key title planPeriod: period status: documentStatus citation { quote at line source { key title body date file } } }\n    ... on Outcome { code name statement plan { period } citation { quote at line source { key title body date file } } }\n    ... on SubOutcome { code name outcome { code name } citation { quote at line source { key title body date file } } }\n    ... on Aim { code text citation { quote at line source { key title body date file } } }\n    ... on Action { code text illustrative owner { name } citation { quote at line source { key title body date file } } }\n    ... on Theme { code name citation { quote at line source { key title body date file } } }\n    ... on SubTheme { code name citation { quote at line source { key title body date file } } }\n    ... on Statement { code name statementText citation { quote at line source { key title body date file } } }\n    ... on Document { key title kind: documentKind period illustrative citation { quote at line source { key title body date file } } }\n    ... on Organisation { key name orgKind: organisationKind illustrative citation { quote at line source { key title body date file } } }\n    ... on PartnerPriority { code name description illustrative strategy { title } }\n    ... on BusinessPlanCommitment { code text illustrative department { name } }\n    ... on Measure { code name unit target }\n    ... on SourceDocument { key title body date file }\n    ... on SavingsLine { key code: reference savingsDescription: description illustrative savingsStatus department { name } edition { title } amounts { total { formatted } } }\n  }\n"): typeof import('./graphql.js').ItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AlignmentView($council: String, $plan: String!) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { period alignmentMatrix {\n    illustrative\n    strategies { key title owner { name } }\n    rows { links outcome { id code name } cells { strategy { key } links primary contributory illustrative\n      alignments { strength rationale illustrative citation { quote at line source { key title body date file } }\n        priority { id code name description illustrative strategy { title } }\n        target { __typename ... on Outcome { id code name } ... on SubOutcome { id code name } } } } }\n  } }\n}"): typeof import('./graphql.js').AlignmentViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GapsView($council: String, $plan: String!, $lacking: [SupportType!]) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { period coverage {\n    completeness shares { type count of share }\n    gaps(lacking: $lacking) { lacks has subOutcome { id code name outcome { id code name } } }\n    actionsSupportingNothing { id code text }\n  } }\n}"): typeof import('./graphql.js').GapsViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LineageView($council: String) {\n  plans(council: $council) { id period title\n    themes { id code name lineage(direction: BOTH) { ...LineageStepFields } }\n    outcomes { id code name lineage(direction: BOTH) { ...LineageStepFields } } }\n}\n\nfragment LineageStepFields on LineageStep {\n  kind basis rationale citation { quote at line source { key title body date file } }\n  from { __typename id ... on StrategicPlan { period } } to { __typename id ... on StrategicPlan { period } }\n}"): typeof import('./graphql.js').LineageViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyView($council: String, $edition: String!) {\n  councils { key default financialStrategies { key title } }\n  savings(council: $council, edition: $edition) { years illustrative total { ...YearlyAmounts } unapportioned { ...YearlyAmounts }\n    flows { department { key name } outcome { id code name plan { period } } amount { ...YearlyAmounts } } }\n}\n\nfragment YearlyAmounts on YearlyMoney { total { pence formatted } years { year amount { pence formatted } } }"): typeof import('./graphql.js').MoneyViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadView($start: ID!, $withStart: Boolean!, $ids: [ID!]!) {\n  start: node(id: $start) @include(if: $withStart) { ...ItemFields }\n  neighbourhoods(ids: $ids, first: 500) { of neighbours {\n    forward item { ...ItemFields } link { kind status basis rationale createdBy createdAt citation { quote at line source { key title body date file } } }\n  } }\n}"): typeof import('./graphql.js').ThreadViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Expand($id: ID!) { neighbours(id: $id, first: 500) {\n  forward item { ...ItemFields } link { kind status basis rationale createdBy createdAt citation { quote at line source { key title body date file } } }\n} }"): typeof import('./graphql.js').ExpandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadChoices($council: String, $plan: String!) {\n  plans(council: $council) { period title }\n  plan(council: $council, period: $plan) { outcomes { id code name subOutcomes { id code name } } themes { id code name } }\n  documents(kinds: [PARTNER_STRATEGY]) { key title priorities { id code name subPriorities { id code name } } }\n  councils { key default financialStrategies { key title } }\n}"): typeof import('./graphql.js').ThreadChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadSavingsLines($edition: String!) { savings(edition: $edition) { lines { id reference description } } }"): typeof import('./graphql.js').ThreadSavingsLinesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
