/**
 * Any item of the thread as the explorer shows it: one GraphQL fragment asks every type for what a label and
 * a details panel need, and the helpers here turn the answer into a short label, a kind and a cited quote.
 */
import { displayNameOf } from '../../src/shared/item-kinds.js';
import { h, illustrativeBadge } from './dom.js';
import type { CitationFieldsFragment, ItemFieldsFragment } from './generated/graphql.js';

export { CITATION_FIELDS, ITEM_FIELDS } from './item-fields.js';

/** A citation as CITATION_FIELDS asks for it. */
export type Citation = CitationFieldsFragment;

type KeysOf<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;

/**
 * An item as ITEM_FIELDS asks for it, every kind's fields in one shape (absent on the kinds that lack them), so
 * a label or a details panel reads `item.name ?? item.title` without first asking which kind it has. Derived
 * from the generated fragment type: a field the fragment stops asking for stops compiling here.
 */
export type Item = Pick<ItemFieldsFragment, '__typename' | 'id'> & { [K in Exclude<KeysOf<ItemFieldsFragment>, '__typename' | 'id'>]?: ValueOf<ItemFieldsFragment, K> };

export function kindName(typename: string): string {
  return displayNameOf(typename);
}

/** The item's own words, shortened for a graph label (the details panel has the whole text). */
export function itemText(item: Item): string {
  return item.name ?? item.title ?? item.text ?? item.savingsDescription ?? item.key ?? item.id;
}

export function itemLabel(item: Item, max = 48): string {
  const code = item.code ?? item.planPeriod ?? null;
  const text = itemText(item);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return code && code !== text ? `${code} ${short}` : short;
}

/** A citation, quoted, with the paper, its committee and date, and where in it. */
export function citationBlock(citation: Citation | null | undefined, none = 'No citation: not stated in a council paper.'): HTMLElement {
  if (!citation) return h('p', { class: 'muted' }, none);
  const { source } = citation;
  return h('figure', { class: 'citation' },
    h('blockquote', {}, citation.quote),
    h('figcaption', {},
      h('cite', {}, source.title), ', ', source.body, source.date ? ` (${source.date})` : '', ', ',
      h('strong', {}, citation.at), citation.line ? ` (line ${citation.line} of ${source.file})` : ''),
  );
}

/** The details of an item: kind, words, extra facts and its citation. */
export function itemDetails(item: Item): HTMLElement {
  const facts: [string, string | null | undefined][] = [
    ['Plan', item.plan?.period],
    ['Outcome', item.outcome ? `${item.outcome.code} ${item.outcome.name}` : null],
    ['Statement', item.statement ?? item.statementText],
    ['Description', item.description],
    ['Strategy', item.strategy?.title],
    ['Owner', item.owner?.name ?? item.department?.name],
    ['Kind', item.orgKind ?? (item.__typename === 'Document' ? item.kind : null)],
    ['Period', item.__typename === 'Document' ? item.period : null],
    ['Status', item.status ?? item.savingsStatus],
    ['MTFS edition', item.edition?.title],
    ['Savings, all years', item.amounts?.total.formatted],
    ['Unit', item.unit],
    ['Target', item.target],
  ];
  return h('div', { class: 'item-details' },
    h('p', { class: 'kind' }, kindName(item.__typename), ' ', illustrativeBadge(item.illustrative)),
    h('h3', {}, item.code ? `${item.code} ` : '', itemText(item)),
    h('dl', {}, ...facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v!)])),
    h('h4', {}, 'Source'),
    citationBlock(item.citation, item.illustrative ? 'Illustrative data: no council paper states it.' : undefined),
  );
}
