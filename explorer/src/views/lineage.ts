import { h } from '../dom.js';

export async function render(root: HTMLElement): Promise<void> {
  root.append(h('h1', {}, 'lineage'), h('p', {}, 'Coming soon.'));
}
