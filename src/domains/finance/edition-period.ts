/**
 * An MTFS edition's period in the form the papers use for financial years (`2017/18 to 2020/21`), from the
 * ways they and the finance team write it: `2017/18 to 2020/21`, `2017/18-2020/21`, `2017/18 – 2020/21`, or
 * the short `2017-21` (the first year's start and the last year's end). An edition is looked up by it, per
 * council, as plans are by theirs.
 */
const YEARS = /^((?:19|20)\d{2})\/(\d{2})\s*(?:-|–|—|to)\s*((?:19|20)\d{2})\/(\d{2})$/i;
const SHORT = /^((?:19|20)\d{2})\s*(?:-|–|—|to)\s*((?:19|20)?\d{2})$/i;

const financialYear = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

/** `2017/18 to 2020/21`, or null when the text is not a span of financial years. */
export function editionPeriodOf(text: string): string | null {
  const trimmed = text.trim();
  const years = YEARS.exec(trimmed);
  if (years) {
    const first = Number(years[1]);
    const last = Number(years[3]);
    const consistent = (Number(years[2]) === (first + 1) % 100) && (Number(years[4]) === (last + 1) % 100);
    return consistent && last >= first ? `${financialYear(first)} to ${financialYear(last)}` : null;
  }
  const short = SHORT.exec(trimmed);
  if (!short) return null;
  const first = Number(short[1]);
  const endText = short[2]!;
  const end = endText.length === 4 ? Number(endText) : Math.floor(first / 100) * 100 + Number(endText);
  if (end <= first || end - first > 20) return null;
  return `${financialYear(first)} to ${financialYear(end - 1)}`;
}
