/**
 * How alike two short texts are, from 0 to 1 (Dice's coefficient on letter pairs): cheap, and good at the
 * small misspellings and reorderings of headings and names, for "did you mean" hints. Compare texts already
 * normalised (lower case, no punctuation).
 */
function pairs(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) found.set(text.slice(i, i + 2), (found.get(text.slice(i, i + 2)) ?? 0) + 1);
  return found;
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const [pa, pb] = [pairs(a), pairs(b)];
  let shared = 0;
  for (const [pair, n] of pa) shared += Math.min(n, pb.get(pair) ?? 0);
  return (2 * shared) / (Math.max(1, a.length - 1) + Math.max(1, b.length - 1));
}
