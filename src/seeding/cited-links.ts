/**
 * The CITED-quote rule: a link whose basis is CITED quotes the sentence that states it, so the quote must
 * name both of its ends, in different words. An end is named by its own name, title or an alias found in the
 * quote, or by the words `stated.from` / `stated.to` point at (which must be in the quote and share a word
 * with the end, its aliases or what it sits under); the paper a plan's own text is (`textOf`) speaks for that
 * plan. A quote that names both ends with the same words (two items worded alike: "Strong Economy") shows
 * that they are alike, not that a paper links them.
 */
import { QuoteFinder } from './quote-finder.js';
import type { CitedLink, SeedBuilder } from './seed-builder.js';

const STOP_WORDS = new Set(['the', 'and', 'for', 'its', 'their', 'our', 'are', 'with', 'from', 'this', 'that', 'will', 'has', 'have', 'all',
  'which', 'council', 'councils', 'county', 'leicestershire', 'people', 'who', 'been', 'into', 'than', 'more', 'new', 'being']);
const STRUCTURE = new Set(['HAS_OUTCOME', 'HAS_SUB_OUTCOME', 'HAS_AIM', 'HAS_ACTION', 'HAS_THEME', 'HAS_SUB_THEME']);
const LABEL_WORDS: Record<string, string[]> = {
  Aim: ['aim'], Action: ['action'], Outcome: ['outcome'], SubOutcome: ['sub-outcome', 'outcome'], StrategicPlan: ['plan'], Measure: ['measure', 'indicator'],
};

/** Significant words, lower case; a plural is kept in its singular form too ("strategies" also gives "strategy"). */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}']+/u)) {
    const word = raw.replace(/'s$/, '').replace(/'/g, '');
    if (!word || STOP_WORDS.has(word) || (word.length < 3 && !/^\d{2,}$/.test(word))) continue;
    out.add(word);
    if (word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
    else if (word.endsWith('s')) out.add(word.slice(0, -1));
  }
  return out;
}

/** Every [start, end) at which `phrase` occurs in `text` (both already normalised and lower-cased). */
function occurrences(text: string, phrase: string): [number, number][] {
  const found: [number, number][] = [];
  if (!phrase) return found;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push([at, at + phrase.length]);
  return found;
}

const apart = (a: [number, number], b: [number, number]) => a[1] <= b[0] || b[1] <= a[0];
const lower = (text: string) => QuoteFinder.normalise(text).toLowerCase();

export function checkCitedLinks(b: SeedBuilder): void {
  const parentOf = new Map<string, string>();
  const aliases = new Map<string, string[]>();
  for (const l of b.links) {
    if (STRUCTURE.has(l.type)) parentOf.set(l.to, l.from);
    if (l.type === 'ALIAS_OF') aliases.set(l.to, [...(aliases.get(l.to) ?? []), String(b.nodes.get(l.from)?.props.text ?? '')]);
  }
  const ownNames = (key: string) => {
    const p = b.nodes.get(key)?.props ?? {};
    return [p.name, p.title, ...(aliases.get(key) ?? [])].filter((t): t is string => typeof t === 'string' && t.length > 0);
  };
  /** The words that can name an item: its own names and code, its kind, and those of what it sits under. */
  const vocabulary = (key: string) => {
    const out = new Set<string>();
    for (let at: string | undefined = key; at; at = parentOf.get(at)) {
      const node = b.nodes.get(at);
      if (!node) break;
      const p = node.props;
      for (const text of [...ownNames(at), p.text, p.statement, p.code, p.period, at]) if (typeof text === 'string') words(text).forEach((w) => out.add(w));
      for (const label of node.labels) (LABEL_WORDS[label] ?? []).forEach((w) => out.add(w));
    }
    return out;
  };
  const textOf = new Map(b.seeds.sources.sources.filter((s) => s.textOf).map((s) => [s.key, s.textOf!]));

  for (const cited of b.citedLinks) checkOne(b, cited, { ownNames, vocabulary, speaksFor: textOf.get(cited.source) });
}

function checkOne(b: SeedBuilder, cited: CitedLink, help: { ownNames(key: string): string[]; vocabulary(key: string): Set<string>; speaksFor?: string }): void {
  const quote = lower(cited.quote);
  const ends = (['from', 'to'] as const).map((end) => {
    const key = cited.link[end];
    if (help.speaksFor === key) return { end, key, spans: null };
    const stated = cited.stated?.[end];
    if (stated) {
      const spans = occurrences(quote, lower(stated));
      if (!spans.length) b.problem(cited.place, `stated.${end}`, `"${stated}" is not in the quote; give words of the quote that name ${key}`);
      else if (![...words(stated)].some((w) => help.vocabulary(key).has(w))) {
        b.problem(cited.place, `stated.${end}`, `"${stated}" shares no word with ${key}'s name, title, aliases or what it sits under, so it does not name it`);
      }
      return { end, key, spans };
    }
    const spans = help.ownNames(key).flatMap((name) => occurrences(quote, lower(name)));
    if (!spans.length) {
      b.problem(cited.place, 'citation.quote', `a CITED link quotes the sentence that states it, but this quote does not name ${key} ("${help.ownNames(key)[0] ?? key}"): ` +
        `quote the sentence that states the link and put the words that name it in stated.${end}, or make the basis ANALYST_JUDGEMENT with a rationale`);
    }
    return { end, key, spans };
  });
  const [from, to] = ends as [(typeof ends)[number], (typeof ends)[number]];
  if (from.spans?.length && to.spans?.length && !from.spans.some((f) => to.spans!.some((t) => apart(f, t)))) {
    b.problem(cited.place, 'citation.quote', `the quote names ${from.key} and ${to.key} with the same words, which shows that the two are worded alike, not that a paper links them: ` +
      'quote the sentence that states the link (with stated.from and stated.to), or make the basis ANALYST_JUDGEMENT with a rationale');
  }
}
