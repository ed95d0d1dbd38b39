/**
 * The explorer's shell: a nav of views, and the view the URL names rendered into <main>. Views are loaded on
 * demand, so the first one is interactive before the others' libraries (Cytoscape, d3) are fetched.
 */
import './styles.css';
import { errorBox, h } from './dom.js';
import { BASE, currentRoute, hrefFor } from './url-state.js';
import { councilParam, councilPicker, loadCouncils } from './council.js';

export interface ViewModule {
  /** Renders the view for the URL's parameters into `root`; returns a clean-up for when the view is left. */
  render(root: HTMLElement, params: URLSearchParams): Promise<(() => void) | void>;
}

const VIEWS: { name: string; title: string; load: () => Promise<ViewModule> }[] = [
  { name: 'thread', title: 'Thread', load: () => import('./views/thread.js') },
  { name: 'alignment', title: 'Alignment matrix', load: () => import('./views/alignment.js') },
  { name: 'lineage', title: 'Lineage', load: () => import('./views/lineage.js') },
  { name: 'gaps', title: 'Gaps', load: () => import('./views/gaps.js') },
  { name: 'money', title: 'Money', load: () => import('./views/money.js') },
  { name: 'progress', title: 'Progress', load: () => import('./views/progress.js') },
  { name: 'report', title: 'Board report', load: () => import('./views/report.js') },
];

const root = document.getElementById('view')!;
let leave: (() => void) | void;
let rendering = 0;

function renderNav(current: string): void {
  const nav = document.getElementById('view-nav')!;
  nav.replaceChildren(...VIEWS.map((v) => h('li', {}, h('a', { href: hrefFor(v.name), 'aria-current': v.name === current ? 'page' : null, 'data-view': v.name }, v.title))));
}

/** A council chosen starts the view afresh: its other choices (plan items, editions) were the other council's. */
function chooseCouncil(view: string, key: string): void {
  history.pushState(null, '', hrefFor(view, { council: key }));
  delete root.dataset.ready;
  void render();
}

async function renderCouncilPicker(view: string, params: URLSearchParams): Promise<void> {
  const slot = document.getElementById('council-picker')!;
  try {
    slot.replaceChildren(...[councilPicker(await loadCouncils(), councilParam(params), (key) => chooseCouncil(view, key))].filter((e): e is HTMLElement => e !== null));
  } catch {
    // The view itself reports an unreachable server; the picker just stays away.
    slot.replaceChildren();
  }
}

async function render(focus = false): Promise<void> {
  const ticket = ++rendering;
  const { view, params } = currentRoute();
  const entry = VIEWS.find((v) => v.name === view);
  renderNav(entry?.name ?? '');
  await renderCouncilPicker(entry?.name ?? 'thread', params);
  leave?.();
  leave = undefined;
  if (!entry) {
    root.replaceChildren(h('h1', {}, 'No such view'), h('p', {}, 'Choose a view above, or start at ', h('a', { href: hrefFor('thread') }, 'the thread'), '.'));
    return;
  }
  document.title = `${entry.title} · Golden Thread explorer`;
  root.setAttribute('aria-busy', 'true');
  try {
    const module = await entry.load();
    if (ticket !== rendering) return;
    root.replaceChildren();
    root.dataset.view = entry.name;
    leave = await module.render(root, params);
  } catch (error) {
    if (ticket === rendering) root.replaceChildren(h('h1', {}, entry.title), errorBox(error));
  } finally {
    if (ticket === rendering) {
      root.removeAttribute('aria-busy');
      root.dataset.ready = 'true';
      if (focus) root.focus();
    }
  }
}

// Links inside the app change the view without reloading the page (and keep history for Back).
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  event.preventDefault();
  history.pushState(null, '', url.pathname + url.search);
  delete root.dataset.ready;
  void render(true);
});
window.addEventListener('popstate', () => void render());

void render();
