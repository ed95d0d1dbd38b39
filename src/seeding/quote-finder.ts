/**
 * Finds a citation's quote in its source paper, "verbatim modulo whitespace": the papers are PDF
 * extractions, so a quoted sentence may be broken across lines or carry doubled spaces. Nothing else is
 * forgiven (not case, not punctuation, not curly quotes): a quote that needs more is a wrong quote.
 */
export class QuoteFinder {
  private readonly flat: string;
  /** For each character of `flat`, the 1-based line of the original text it came from. */
  private readonly lines: number[];

  constructor(text: string) {
    let flat = '';
    const lines: number[] = [];
    let line = 1;
    let pendingSpace = false;
    for (const ch of text) {
      if (/\s/.test(ch)) {
        if (ch === '\n') line++;
        pendingSpace = flat.length > 0;
        continue;
      }
      if (pendingSpace) {
        flat += ' ';
        lines.push(line);
        pendingSpace = false;
      }
      flat += ch;
      lines.push(line);
    }
    this.flat = flat;
    this.lines = lines;
  }

  static normalise(quote: string): string {
    return quote.trim().replace(/\s+/g, ' ');
  }

  /** The 1-based line where the quote starts, or undefined when the text does not contain it. */
  lineOf(quote: string): number | undefined {
    const needle = QuoteFinder.normalise(quote);
    if (!needle) return undefined;
    const at = this.flat.indexOf(needle);
    return at < 0 ? undefined : this.lines[at];
  }
}
