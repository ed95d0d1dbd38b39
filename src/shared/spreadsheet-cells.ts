/**
 * The one rule for every CSV the project writes (the server's exports and the explorer's downloads, which
 * import this file) and the importer reads back: a text cell a spreadsheet would run as a formula (OWASP's
 * "CSV injection": starting with = + - @, a tab or a carriage return, or their full-width forms) gets a
 * leading apostrophe, which spreadsheets show as text and the importer removes again. A number written as
 * text (`-10`, `-1250.50`) is left alone, so a spreadsheet still reads it as a number.
 *
 * Text that already starts with an apostrophe before such a character gets one more, so every text comes
 * back from an export and an import exactly as it was. No imports: the explorer's bundle includes this file.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

function needsApostrophe(text: string): boolean {
  let rest = text;
  // Leading apostrophes are peeled one by one: "'=x" must become "''=x" so the importer gives "'=x" back.
  while (rest.startsWith("'")) rest = rest.slice(1);
  return FORMULA_START.test(rest) && !NUMBER.test(rest);
}

/** A text cell as it is written to a CSV file; numbers and other values pass unchanged. */
export function spreadsheetCell<T>(value: T): T | string {
  return typeof value === 'string' && needsApostrophe(value) ? `'${value}` : value;
}

/** A cell as read from a CSV file: the apostrophe `spreadsheetCell` added is removed. */
export function fromSpreadsheetCell(cell: string): string {
  return cell.startsWith("'") && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
}
