/**
 * How far each lineage step is from the item asked about, and whether it may concern only other parts of
 * what it joins. Walking a chain through an item that both took in several predecessors and went into
 * several successors, the part that went one way cannot be told from the part that came from one
 * predecessor: 7 Improving Opportunities ← WO Wellbeing and Opportunity ← T3 Better Care is such a chain (WO
 * took in T3 and T4, and split into 7 and 9), so that step is `partOnly`. A step is partOnly only when every
 * chain to it passes such an item. Pure: the rule reads in one place and is tested without a database.
 */
import { MERGES, SPLITS } from './lineage-kinds.js';
import type { LineageStepModel } from './traceability.models.js';

export interface StepPlace {
  distance: number;
  partOnly: boolean;
}

/** Distance and partOnly for each step of one asked item's lineage (steps as `findLineage` returns them). */
export function placeSteps(askedKey: string, steps: readonly LineageStepModel[]): Map<LineageStepModel, StepPlace> {
  const places = new Map<LineageStepModel, StepPlace>();
  for (const direction of ['FORWARD', 'BACKWARD'] as const) {
    const own = steps.filter((s) => s.direction === direction);
    // Going forward a step's near end is its `from`; going back, its `to`.
    const near = (s: LineageStepModel) => (direction === 'FORWARD' ? s.from.key : s.to.key);
    const far = (s: LineageStepModel) => (direction === 'FORWARD' ? s.to.key : s.from.key);
    // Through the item between `previous` and `next`: did it take in several and go into several?
    const blurs = (previous: LineageStepModel, next: LineageStepModel) =>
      direction === 'FORWARD' ? MERGES.has(previous.link.kind) && SPLITS.has(next.link.kind) : SPLITS.has(previous.link.kind) && MERGES.has(next.link.kind);
    const distance = new Map<LineageStepModel, number>();
    const clean = new Set<LineageStepModel>();
    for (const s of own) {
      if (near(s) === askedKey) {
        distance.set(s, 1);
        clean.add(s);
      }
    }
    // Relax until nothing changes: the graphs are a few dozen steps, and both values only ever improve.
    for (let changed = true; changed;) {
      changed = false;
      for (const previous of own) {
        const d = distance.get(previous);
        if (d === undefined) continue;
        for (const next of own) {
          if (near(next) !== far(previous) || next === previous) continue;
          if ((distance.get(next) ?? Infinity) > d + 1) {
            distance.set(next, d + 1);
            changed = true;
          }
          if (clean.has(previous) && !blurs(previous, next) && !clean.has(next)) {
            clean.add(next);
            changed = true;
          }
        }
      }
    }
    for (const s of own) places.set(s, { distance: distance.get(s) ?? 1, partOnly: !clean.has(s) });
  }
  return places;
}
