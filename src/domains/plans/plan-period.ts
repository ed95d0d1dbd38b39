/**
 * A Strategic Plan's period in the one form the graph stores (`2022-26`), from any way the papers print it:
 * `2022-26`, `(2022-26)`, `2022-2026`, `2022- 2026`, `2018 - 22`, `2014 – 2018` (an en dash), `2014 2018`,
 * or `2022 to 2026`. A rule rather than a list of recorded wordings, so a wording no paper has printed yet
 * finds the plan too. Anything that is not a span of years (a plan's key such as `c007-2022-26`) is left
 * to be matched as it is written.
 */
const SPAN = /^\(?\s*((?:19|20)\d{2})\s*(?:-|–|—|\/|to|\s)\s*(\d{4}|\d{2})\s*\)?$/i;

/** `2022-26`, or null when the text is not a span of years. */
export function planPeriodOf(text: string): string | null {
  const match = SPAN.exec(text.trim());
  if (!match) return null;
  const from = Number(match[1]);
  const endText = match[2]!;
  // A two-digit end is in the start's century, or the next when it is smaller (1998-02).
  const century = Math.floor(from / 100) * 100;
  let to = endText.length === 4 ? Number(endText) : century + Number(endText);
  if (endText.length === 2 && to < from) to += 100;
  if (to <= from || to - from > 20) return null;
  return `${from}-${String(to % 100).padStart(2, '0')}`;
}
