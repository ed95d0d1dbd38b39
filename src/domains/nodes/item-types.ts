/**
 * Which GraphQL type serves a node with given labels, for answers that can return any kind of item (node(id:),
 * search hits, path steps, lineage ends). Checked in order: a Strategic Plan is also a Document.
 */
const TYPE_BY_LABEL: [label: string, typeName: string][] = [
  ['StrategicPlan', 'StrategicPlan'],
  ['Outcome', 'Outcome'],
  ['SubOutcome', 'SubOutcome'],
  ['Aim', 'Aim'],
  ['Action', 'Action'],
  ['Theme', 'Theme'],
  ['SubTheme', 'SubTheme'],
  ['Principle', 'Statement'],
  ['Approach', 'Statement'],
  ['Objective', 'Statement'],
  ['Section', 'Statement'],
  ['Component', 'Statement'],
  ['Organisation', 'Organisation'],
  ['PartnerPriority', 'PartnerPriority'],
  ['BusinessPlanCommitment', 'BusinessPlanCommitment'],
  ['Measure', 'Measure'],
  ['SavingsLine', 'SavingsLine'],
  ['SourceDocument', 'SourceDocument'],
  ['Document', 'Document'],
];

/** Every GraphQL type an item can be served as. */
export const ITEM_TYPE_NAMES: ReadonlySet<string> = new Set(TYPE_BY_LABEL.map(([, typeName]) => typeName));

export function typeNameOf(labels: readonly string[]): string | null {
  return TYPE_BY_LABEL.find(([label]) => labels.includes(label))?.[1] ?? null;
}
