/**
 * The keys a plan asked by (council, period) probably has, worked out from the words alone so that the
 * look-ahead prefetch (src/shared/prefetch.ts) can start the plan's subtree in the same wave as the look-up:
 * the words themselves (a key such as `c007-2022-26`), the period (the seed data's council keys its plans by
 * period), and `<council prefix>-<period>` (the import pipeline's and the generator's keys, for a council
 * whose key is `<prefix>-council`). Guesses load in the same batch as each other, so a wrong one costs a few
 * rows, never a statement or a wrong answer: the fields below ask their loaders by the plan's real key.
 */
import { planPeriodOf } from './plan-period.js';

export function planKeyGuesses(plan: string, council: string | null | undefined, defaultCouncil: string): string[] {
  const text = plan.trim();
  const period = planPeriodOf(text);
  if (!period) return [text];
  const named = council?.trim() || null;
  const guesses = [text];
  // A bare period is the seed data's council's key: worth guessing only when the question means the default.
  if (!named || named === defaultCouncil) guesses.push(period);
  guesses.push(`${(named ?? defaultCouncil).replace(/-council$/, '')}-${period}`);
  return [...new Set(guesses)];
}
