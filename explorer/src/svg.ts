/** Building SVG for downloads: the same figures as on screen, drawn as a standalone file. */
const NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text != null) element.textContent = text;
  return element;
}

export function svgRoot(width: number, height: number, title: string): SVGSVGElement {
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'font-family': 'system-ui, Arial, sans-serif' });
  svg.append(s('title', {}, title), s('rect', { width, height, fill: '#ffffff' }));
  return svg;
}

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
