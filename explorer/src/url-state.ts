/**
 * A view's state lives in its URL (path = view, query string = choices), so any link restores the view:
 * a board member can share exactly what is on the projector.
 */
export const BASE = import.meta.env.BASE_URL; // '/explore/'

export interface Route {
  view: string;
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const rest = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : '';
  return { view: rest.split('/')[0] || 'thread', params: new URLSearchParams(location.search) };
}

export function hrefFor(view: string, params?: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  // The council chosen stays chosen across views and links (council.ts).
  const council = new URLSearchParams(location.search).get('council');
  if (council && !(params && 'council' in params)) search.set('council', council);
  for (const [key, value] of Object.entries(params ?? {})) if (value) search.set(key, value);
  const query = search.toString();
  return `${BASE}${view}${query ? `?${query}` : ''}`;
}

/**
 * Records a choice in the URL. `push` adds a history entry (a new question: back returns to the last one);
 * otherwise the entry is replaced (a detail such as which node is selected).
 */
export function setParams(changes: Record<string, string | null | undefined>, push = false): URLSearchParams {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value == null || value === '') params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  return params;
}

export function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

/** Renders the view again from the URL, as Back and Forward do (after a choice that changes the question). */
export function reloadView(): void {
  window.dispatchEvent(new PopStateEvent('popstate'));
}
