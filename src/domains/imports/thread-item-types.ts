/**
 * What each row type of the `thread-items` import becomes: its labels, the property its wording goes in, and
 * how it hangs from its parent (a plan HAS_OUTCOME an outcome; a strategy is OWNED_BY its partnership). Fixed
 * here, never taken from input, so labels and relationship types can be written into Cypher. Each row type
 * is an item kind of src/shared/item-kinds.ts, whose labels it is written with.
 */
import { labelsOf, type ItemLabel } from '../../shared/item-kinds.js';

export interface ThreadItemType {
  /** The item kind's labels (`labelsOf`), joined for Cypher. */
  labels: string;
  /** Property holding the row's `name` column (plans and papers have titles, actions and aims texts). */
  nameProp: 'name' | 'title' | 'text';
  /** Property holding the row's `description` column. */
  descriptionProp: 'statement' | 'vision' | 'body' | 'description';
  /** Properties every item of the type has, whatever the row says. */
  fixed?: Record<string, string>;
  parent?: {
    link: string;
    /** IN: (parent)-[link]->(item); OUT: (item)-[link]->(parent). */
    direction: 'IN' | 'OUT';
    labels: ItemLabel[];
    required: boolean;
  };
  /** Whether the item belongs to a plan (its key is `<plan key>/<code>`), so it gets `planKey`. */
  inPlan?: boolean;
}

/** A strategy document of a kind, owned by an organisation (a partnership's strategy, an MTFS). */
const ownedDocument = <K extends string>(kind: K) => ({
  labels: labelsOf('Document'), nameProp: 'title', descriptionProp: 'description', fixed: { kind, status: 'approved' },
  parent: { link: 'OWNED_BY', direction: 'OUT', labels: ['Organisation'], required: false },
}) as const satisfies ThreadItemType;

export const THREAD_ITEM_TYPES = {
  SOURCE_DOCUMENT: { labels: labelsOf('SourceDocument'), nameProp: 'title', descriptionProp: 'body' },
  ORGANISATION: {
    labels: labelsOf('Organisation'), nameProp: 'name', descriptionProp: 'description',
    parent: { link: 'PART_OF', direction: 'OUT', labels: ['Organisation'], required: false },
  },
  STRATEGIC_PLAN: {
    labels: labelsOf('StrategicPlan'), nameProp: 'title', descriptionProp: 'vision', fixed: { kind: 'STRATEGIC_PLAN', status: 'approved' },
    parent: { link: 'OWNED_BY', direction: 'OUT', labels: ['Organisation'], required: false },
  },
  PARTNER_STRATEGY: ownedDocument('PARTNER_STRATEGY'),
  FINANCIAL_STRATEGY: ownedDocument('FINANCIAL_STRATEGY'),
  OUTCOME: {
    labels: labelsOf('Outcome'), nameProp: 'name', descriptionProp: 'statement', inPlan: true,
    parent: { link: 'HAS_OUTCOME', direction: 'IN', labels: ['StrategicPlan'], required: true },
  },
  SUB_OUTCOME: {
    labels: labelsOf('SubOutcome'), nameProp: 'name', descriptionProp: 'description', inPlan: true,
    parent: { link: 'HAS_SUB_OUTCOME', direction: 'IN', labels: ['Outcome'], required: true },
  },
  AIM: {
    labels: labelsOf('Aim'), nameProp: 'text', descriptionProp: 'description', inPlan: true,
    parent: { link: 'HAS_AIM', direction: 'IN', labels: ['SubOutcome'], required: true },
  },
  ACTION: {
    labels: labelsOf('Action'), nameProp: 'text', descriptionProp: 'description', inPlan: true,
    parent: { link: 'HAS_ACTION', direction: 'IN', labels: ['Aim', 'SubOutcome'], required: true },
  },
} as const satisfies Record<string, ThreadItemType>;

export type ThreadItemTypeName = keyof typeof THREAD_ITEM_TYPES;

export const THREAD_ITEM_TYPE_NAMES = Object.keys(THREAD_ITEM_TYPES) as ThreadItemTypeName[];

/** The kinds of succession between plan generations (as in seeds/lineage.yaml). */
export const SUCCESSION_KINDS = ['KEPT', 'RENAMED', 'MERGED', 'SPLIT', 'NEW'] as const;

/** The kinds of organisation (as in seeds/organisations.yaml). */
export const ORGANISATION_KINDS = ['COUNCIL', 'COMMITTEE', 'BOARD', 'PARTNERSHIP', 'NHS_BODY', 'DEPARTMENT', 'TEAM'] as const;

/** Labels of the graph a row's key may already carry (the first label of each type). */
export const labelOf = (type: ThreadItemTypeName) => THREAD_ITEM_TYPES[type].labels.split(':').at(-1)!;
