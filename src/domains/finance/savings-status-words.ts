/**
 * How a savings line's status cell is read: the status words themselves, and the RAG ratings councils track
 * delivery with. The rule (docs/finance.md, "Status words") is stated once, here:
 *
 *   green, G                                  → ON_TRACK
 *   amber, A                                  → AT_RISK
 *   red, R                                    → UNACHIEVABLE
 *   blue, B, complete, completed, achieved    → DELIVERED
 *   two colours (amber/green, red-amber, AG)  → the worse of the two: a rating is there to warn
 *
 * Case, spaces, dashes and a trailing "rating" or "RAG" do not matter. A word no rule covers is refused, not
 * guessed; an import mapping may add words of its own (`statuses:`), remembered with the source.
 */
import type { SavingsStatus } from './finance.models.js';

export const SAVINGS_STATUSES: SavingsStatus[] = ['PROPOSED', 'APPROVED', 'DELIVERED', 'ON_TRACK', 'AT_RISK', 'UNACHIEVABLE'];

const COLOURS: Record<string, SavingsStatus> = { green: 'ON_TRACK', amber: 'AT_RISK', red: 'UNACHIEVABLE', blue: 'DELIVERED' };
const LETTERS: Record<string, string> = { g: 'green', a: 'amber', r: 'red', b: 'blue' };
/** Worst first: of two colours, the one earlier here wins. */
const SEVERITY: SavingsStatus[] = ['UNACHIEVABLE', 'AT_RISK', 'ON_TRACK', 'DELIVERED'];
const DONE_WORDS = ['complete', 'completed', 'achieved', 'done'];

/** A status word as compared: lower case, separators as single spaces, "RAG"/"rating"/"status" dropped. */
export const statusWordKey = (text: string) =>
  text.toLowerCase().replace(/[\s_\-–/]+/g, ' ').replace(/\b(rag|rating|status)\b/g, ' ').replace(/\s+/g, ' ').trim();

export interface StatusReading {
  status: SavingsStatus;
  /** The cell as written, when it is not the status's own word (a RAG colour, "complete"): kept on the line. */
  wording: string | null;
}

function colourOf(word: string): SavingsStatus | undefined {
  return COLOURS[word] ?? COLOURS[LETTERS[word] ?? ''];
}

function ragStatus(key: string): SavingsStatus | undefined {
  const single = colourOf(key);
  if (single) return single;
  // Two colours: "amber green", or "ag"/"ra" written as two letters.
  const parts = key.includes(' ') ? key.split(' ') : key.length === 2 ? [...key] : [];
  if (parts.length !== 2) return undefined;
  const statuses = parts.map(colourOf);
  if (statuses.some((s) => !s)) return undefined;
  return SEVERITY.find((s) => statuses.includes(s));
}

/**
 * The status a cell states, by the rule above and the source's own words (`extra`, keyed by statusWordKey),
 * or undefined when nothing covers it.
 */
export function readStatusWord(text: string, extra: Record<string, SavingsStatus> = {}): StatusReading | undefined {
  const written = text.trim();
  const key = statusWordKey(written);
  const own = SAVINGS_STATUSES.find((s) => s.toLowerCase().replace('_', ' ') === key);
  if (own) return { status: own, wording: null };
  const status = extra[key] ?? (DONE_WORDS.includes(key) ? 'DELIVERED' : ragStatus(key));
  return status ? { status, wording: written } : undefined;
}

/** The words a refusal lists, so the officer sees what is understood. */
export const STATUS_WORDS_HELP = 'proposed, approved, delivered, on track, at risk, unachievable, or a RAG rating (green, amber, red, blue/complete; G, A, R; amber/green)';
