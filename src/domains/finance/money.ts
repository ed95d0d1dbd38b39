/**
 * Money as finance keeps it, held as whole pence in integers (never floating point, so totals reconcile to
 * the penny). Spreadsheets give amounts in £000 with `£`, thousands separators and brackets for negatives.
 */

/** A financial year as the council writes it: 2017/18. The second half must follow the first. */
export const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

export function isFinancialYear(text: string): boolean {
  const m = FINANCIAL_YEAR.exec(text);
  return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

export type AmountReading = { pence: number } | { problem: string };

/** The units finance writes amounts in: pounds, thousands of pounds (£000) or millions (£m). */
export type AmountUnit = 'POUNDS' | 'THOUSANDS' | 'MILLIONS';

/** How each unit is written in a message, and how many decimal places make a penny in it. */
export const AMOUNT_UNITS: Record<AmountUnit, { label: string; decimals: number }> = {
  POUNDS: { label: '£', decimals: 2 },
  THOUSANDS: { label: '£000', decimals: 5 },
  MILLIONS: { label: '£m', decimals: 8 },
};

/**
 * Reads one spreadsheet cell in the given unit into pence, exactly: the digits are shifted, never multiplied
 * as floating point, so £m 0.001 is exactly £1,000. Accepts `£`, thousands separators, a leading minus
 * (ASCII or the typographic one) or brackets for a negative, spaces, and a blank cell or a dash as zero.
 * A value that is not a whole number of pence is refused, never rounded; anything else is a problem naming
 * what is wrong.
 */
export function readAmount(cell: string | undefined, unit: AmountUnit): AmountReading {
  const { label, decimals } = AMOUNT_UNITS[unit];
  // Exports before the one CSV rule (shared/spreadsheet-cells.ts) wrote a negative amount as '-10: an
  // amount is never text, so the apostrophe is dropped and those files still import.
  let text = (cell ?? '').trim().replace(/^'/, '').replace(/^\u2212/, '-');
  if (text === '' || text === '-' || text === '\u2013' || text === '\u2014') return { pence: 0 };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-')) {
    if (negative) return { problem: `"${cell}" has both brackets and a minus sign` };
    negative = true;
    text = text.slice(1).trim();
  }
  text = text.replace(/^£\s*/, '');
  if (/^\(.*\)$/.test(text) && !negative) {
    // £(1,250): the pound sign outside the brackets.
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) {
    return { problem: `"${cell}" is not an amount in ${label} (write e.g. 1,250 or £1,250.5 or (300) for a negative)` };
  }
  const [whole, digits = ''] = text.replace(/,/g, '').split('.');
  // Trailing zeros say nothing about pennies (a spreadsheet's 0.2500000 is 0.25).
  const fraction = digits.replace(/0+$/, '');
  if (fraction.length > decimals) {
    return { problem: `"${cell}" in ${label} is not a whole number of pence (${decimals} decimal places at most in ${label}): give the exact amount; it is never rounded` };
  }
  const pence = Number(`${whole}${fraction.padEnd(decimals, '0')}`);
  if (!Number.isSafeInteger(pence)) return { problem: `"${cell}" is too large` };
  return { pence: negative && pence !== 0 ? -pence : pence };
}

/** Reads one spreadsheet cell in £000 (so "1,250" is £1,250,000) into pence: readAmount in thousands. */
export function readThousandsOfPounds(cell: string | undefined): AmountReading {
  return readAmount(cell, 'THOUSANDS');
}

/** Pence → an exact decimal in pounds, e.g. 125000050 → "1250000.50" (for CSV and the API). */
export function poundsText(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Pence → £000 as a spreadsheet cell, the format the import reads, e.g. 125000050 → "1250.0005". */
export function thousandsText(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const fraction = String(abs % 100000).padStart(5, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 100000)}${fraction ? `.${fraction}` : ''}`;
}

/** Pence → "£1,250,000" (pennies shown only when there are any), for people. */
export function formattedPounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB');
  const pennies = abs % 100;
  return `${sign}£${pounds}${pennies ? `.${String(pennies).padStart(2, '0')}` : ''}`;
}

/** Shares are held in basis points (1% = 100) so they too are integers. "60", "60%", "33.33%" → 6000, 6000, 3333. */
export function readSharePercent(text: string): { basisPoints: number } | { problem: string } {
  const t = text.trim().replace(/%$/, '').trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return { problem: `"${text}" is not a share in percent (e.g. 60% or 33.33%)` };
  const [whole, fraction = ''] = t.split('.');
  const basisPoints = Number(`${whole}${fraction.padEnd(2, '0')}`);
  if (basisPoints <= 0 || basisPoints > 10000) return { problem: `"${text}" must be more than 0% and at most 100%` };
  return { basisPoints };
}

export const percentOf = (basisPoints: number) => basisPoints / 100;
