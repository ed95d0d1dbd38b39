/**
 * A workbook cell as the text an import reads, the same text a CSV saved from the sheet would hold: numbers as
 * Excel shows them at its full precision (15 significant digits: Excel keeps no more, so 0.1+0.2 cached as
 * 0.30000000000000004 is 0.3, as Excel itself shows it), never in exponent form; a percentage-formatted number
 * as a percentage (0.4 → 40%); a formula as its cached value; dates as 2024-03-31; rich text as its plain text.
 * A formula with no cached value, or an error value (#DIV/0!), is a problem: the import does not evaluate
 * formulas, it reads what Excel saved.
 */

export type CellReading = { text: string } | { problem: string };

/** A number in plain decimal digits, at 15 significant digits, with no trailing zeros or exponent. */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const [mantissa, exponentText] = value.toPrecision(15).split('e');
  const negative = mantissa!.startsWith('-');
  const [whole, fraction = ''] = mantissa!.replace('-', '').split('.');
  let digits = whole! + fraction;
  // Where the decimal point falls in `digits`, after the exponent.
  let point = whole!.length + Number(exponentText ?? 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) digits = digits.padEnd(point, '0');
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

const isPercentFormat = (numFmt: string | undefined) => !!numFmt && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));

function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** The text of a cell value as exceljs gives it (`numFmt` is the cell's number format). */
export function cellText(value: unknown, numFmt?: string): CellReading {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: isPercentFormat(numFmt) ? `${plainDecimal(Number((value * 100).toPrecision(15)))}%` : plainDecimal(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { problem: 'the cell holds a date Excel cannot show' } : { text: dateText(value) };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) return { problem: `the cell holds the error ${String(v.error)}: correct the formula or the cells it uses, save, and import again` };
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined) {
        return { problem: 'the formula has no saved value (the workbook was written by a program that does not calculate): open it in Excel or LibreOffice, save it, and import again' };
      }
      return cellText(v.result, numFmt);
    }
    if (Array.isArray(v.richText)) return { text: (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('') };
    if ('text' in v) return cellText(v.text, numFmt);
  }
  return { problem: 'the cell holds a value the import cannot read as text' };
}
