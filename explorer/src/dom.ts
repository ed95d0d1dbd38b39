/** A small element builder: the views build their DOM in code, with text set as text (never as HTML). */
type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** A labelled <select>; `onChange` gets the chosen value. */
export function select(label: string, options: { value: string; text: string; group?: string }[], value: string, onChange: (value: string) => void, id = `select-${label.toLowerCase().replace(/\W+/g, '-')}`): HTMLElement {
  const control = h('select', { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) });
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const option of options) {
    const element = h('option', { value: option.value, selected: option.value === value }, option.text);
    if (option.group) {
      let group = groups.get(option.group);
      if (!group) {
        group = h('optgroup', { label: option.group });
        groups.set(option.group, group);
        control.append(group);
      }
      group.append(element);
    } else control.append(element);
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

export function errorBox(error: unknown): HTMLElement {
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'Could not load this view. '), error instanceof Error ? error.message : String(error));
}

export function illustrativeBadge(illustrative: boolean | null | undefined): HTMLElement | null {
  return illustrative ? h('span', { class: 'badge badge-illustrative', title: 'Illustrative data: not the council\'s or a partnership\'s own' }, 'illustrative') : null;
}
