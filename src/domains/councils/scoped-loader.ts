/**
 * A DataLoader for look-ups scoped by council: keyed by references (a council, or null for the default, and
 * the words of a question), batched into one statement that answers each by its index and says which
 * councils the words named. A council that does not exist, or words that name several, answer that
 * reference with the error saying so (council-scope.ts); a miss answers null.
 */
import DataLoader from 'dataloader';
import { councilProblem, type CouncilScope } from './council-scope.js';

/** One reference's answer from a scoped look-up statement: its index, the councils its words named, the item. */
export type Found<T> = { index: number; councils: string[]; item: T | null };

export function scopedLoader<R extends { council: string | null }, T>(find: (refs: readonly R[]) => Promise<Found<T>[]>, keyOf: (r: R) => string, scope: CouncilScope) {
  return new DataLoader(
    async (refs: readonly R[]) => {
      const rows = await find(refs);
      return refs.map((ref, i) => {
        const row = rows.find((r) => r.index === i);
        return (row && councilProblem(ref.council, row.councils, scope)) ?? row?.item ?? null;
      });
    },
    { cacheKeyFn: (r) => `${r.council ?? ''}\u0000${keyOf(r)}` },
  );
}
