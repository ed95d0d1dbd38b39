/**
 * The lineage kinds, defined once. Between two plan generations, a link joins an item of the earlier plan
 * to an item of the later one; its kind follows from how many successors the earlier item has in the later
 * plan and how many predecessors the later item has in the earlier one:
 *   one to one:    KEPT (the same words, case and punctuation aside) or RENAMED (other words);
 *   one to many:   SPLIT (the earlier item has several successors, the later item only this predecessor);
 *   many to one:   MERGED (the later item has several predecessors, the earlier item only this successor);
 *   many to many:  SPLIT_AND_MERGED (both hold: part of the earlier item went into a later item that also
 *                  took in others);
 * and DROPPED (no successor: the link goes to the later plan itself) or NEW (no predecessor: from the
 * earlier plan itself). The seed checker derives every link's kind by this rule and refuses a link whose
 * stated kind differs; the API documents the same definitions.
 */
export const LINEAGE_KINDS = ['KEPT', 'RENAMED', 'MERGED', 'SPLIT', 'SPLIT_AND_MERGED', 'DROPPED', 'NEW'] as const;
export type LineageKindName = (typeof LINEAGE_KINDS)[number];

/** Words as compared for KEPT: lower case, punctuation and extra spaces dropped. */
export function wordsOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function sameWords(a: string, b: string): boolean {
  return wordsOf(a) === wordsOf(b);
}

/** The kind a link between two items must have, from the counts at both ends and their wording. */
export function lineageKindOf(successorsOfEarlier: number, predecessorsOfLater: number, earlierName: string, laterName: string): LineageKindName {
  if (successorsOfEarlier > 1 && predecessorsOfLater > 1) return 'SPLIT_AND_MERGED';
  if (successorsOfEarlier > 1) return 'SPLIT';
  if (predecessorsOfLater > 1) return 'MERGED';
  return sameWords(earlierName, laterName) ? 'KEPT' : 'RENAMED';
}

/** Kinds of a link whose later item took in others too (it has several predecessors). */
export const MERGES: ReadonlySet<string> = new Set(['MERGED', 'SPLIT_AND_MERGED']);
/** Kinds of a link whose earlier item went into others too (it has several successors). */
export const SPLITS: ReadonlySet<string> = new Set(['SPLIT', 'SPLIT_AND_MERGED']);
