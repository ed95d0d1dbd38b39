/** The thread view's side panel: the chosen item or link, its citation, and its links as keyboard steps. */
import { h, illustrativeBadge } from '../dom.js';
import { citationBlock, itemDetails, itemLabel, kindName, type Item } from '../items.js';
import { linkKindLabel } from '../link-kinds.js';
import type { ThreadLink, ThreadModel } from './thread-model.js';

export interface PanelActions {
  chooseItem(id: string): void;
  chooseLink(id: string): void;
  expand(id: string): void;
}

export function itemPanel(model: ThreadModel, item: Item, actions: PanelActions): HTMLElement {
  const links = model.linksOf(item.id);
  const expanded = model.expanded.includes(item.id);
  const isNew = model.newSince.get(item.id);
  return h('div', {},
    itemDetails(item),
    isNew ? h('p', { class: 'new-note' }, h('strong', {}, 'New: '), `nothing in ${itemLabel(isNew.plan, 60)} came before it.`, isNew.facts.rationale ? ` ${isNew.facts.rationale}` : '') : null,
    h('p', {}, expanded
      ? h('span', { class: 'muted' }, 'Its neighbours are on the graph.')
      : h('button', { type: 'button', 'data-action': 'expand', onclick: () => actions.expand(item.id) }, 'Expand its neighbours')),
    h('h4', {}, `Links on the graph (${links.length})`),
    links.length
      ? h('ul', { class: 'link-list' }, ...links.map((link) => {
        const other = model.items.get(link.source === item.id ? link.target : link.source)!;
        const phrase = link.source === item.id ? linkKindLabel(link.facts.kind) : `← ${linkKindLabel(link.facts.kind)}`;
        return h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: () => actions.chooseLink(link.id) }, phrase), ' ',
          h('button', { type: 'button', class: 'linkish', onclick: () => actions.chooseItem(other.id) }, itemLabel(other, 70)));
      }))
      : h('p', { class: 'muted' }, 'None yet: expand it.'),
  );
}

export function linkPanel(model: ThreadModel, link: ThreadLink, actions: PanelActions): HTMLElement {
  const from = model.items.get(link.source)!;
  const to = model.items.get(link.target)!;
  const f = link.facts;
  const facts: [string, string | null][] = [
    ['Basis', f.basis === 'CITED' ? 'stated in a council paper' : f.basis === 'ANALYST_JUDGEMENT' ? "an analyst's judgement" : f.basis === 'ILLUSTRATIVE' ? 'illustrative data' : f.basis],
    ['Review', f.status],
    ['Why', f.rationale],
    ['Made by', f.createdBy ? `${f.createdBy}${f.createdAt ? `, ${f.createdAt.slice(0, 10)}` : ''}` : null],
  ];
  return h('div', { class: 'link-details' },
    h('p', { class: 'kind' }, 'Link ', illustrativeBadge(f.basis === 'ILLUSTRATIVE')),
    h('h3', {}, linkKindLabel(f.kind)),
    h('p', {},
      h('button', { type: 'button', class: 'linkish', onclick: () => actions.chooseItem(from.id) }, `${kindName(from.__typename)} ${itemLabel(from, 80)}`),
      h('br'), h('strong', {}, `${linkKindLabel(f.kind)} →`), h('br'),
      h('button', { type: 'button', class: 'linkish', onclick: () => actions.chooseItem(to.id) }, `${kindName(to.__typename)} ${itemLabel(to, 80)}`)),
    h('dl', {}, ...facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v!)])),
    h('h4', {}, 'Source'),
    citationBlock(f.citation, f.rationale ? 'No paper states this link: see why above.' : undefined),
  );
}
