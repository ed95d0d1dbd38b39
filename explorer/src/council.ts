/**
 * Many councils in one deployment: the council a view shows is in its URL (`?council=<key>`; none means the
 * server's default council), every view passes it to its look-ups, and links keep it (url-state.ts). The
 * picker in the header appears only when the server holds more than one council.
 */
import { ask } from './api.js';
import { h } from './dom.js';
import { graphql } from './generated/gql.js';
import type { CouncilEditionsQuery, ExplorerCouncilsQuery } from './generated/graphql.js';

export type Council = ExplorerCouncilsQuery['councils'][number];

/** Each council with its MTFS editions, as the views that pick an edition ask for them. */
export type CouncilEditions = CouncilEditionsQuery['councils'];

export const COUNCIL_EDITIONS = graphql(`query CouncilEditions { councils { key default financialStrategies { key title } } }`);

const COUNCILS = graphql(`query ExplorerCouncils { councils { key name default } }`);

let councils: Promise<Council[]> | undefined;

/** The server's councils, asked once per page load. */
export function loadCouncils(): Promise<Council[]> {
  councils ??= ask(COUNCILS).then((d) => d.councils);
  return councils;
}

/** The council the URL names; null for the server's default council. */
export const councilParam = (params: URLSearchParams): string | null => params.get('council') || null;

/** The MTFS editions of the council the URL names (or of the default council). */
export function editionsOf(list: CouncilEditions, council: string | null): { key: string; title: string }[] {
  return list.find((c) => (council ? c.key === council : c.default))?.financialStrategies ?? [];
}

/** The header's council picker, or nothing when there is only one council. */
export function councilPicker(list: Council[], current: string | null, choose: (key: string) => void): HTMLElement | null {
  if (list.length < 2) return null;
  const chosen = current ?? list.find((c) => c.default)?.key ?? list[0]!.key;
  const control = h('select', { id: 'council-picker-select', onchange: (e: Event) => choose((e.target as HTMLSelectElement).value) },
    ...list.map((c) => h('option', { value: c.key, selected: c.key === chosen }, c.name)));
  return h('div', { class: 'field council-picker' }, h('label', { for: 'council-picker-select' }, 'Council'), control);
}
