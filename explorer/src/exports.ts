/**
 * Downloads of what a view shows: CSV of its numbers (csv.ts), SVG of a chart, PNG of a chart or graph. Files
 * are made in the browser: nothing leaves it.
 */
import { csvText, type CsvRows } from './csv.js';
import { h } from './dom.js';

export { csvText, type CsvRows };

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(filename: string, header: string[], rows: CsvRows): void {
  download(filename, new Blob([csvText(header, rows)], { type: 'text/csv;charset=utf-8' }));
}

export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function downloadSvg(filename: string, svg: SVGSVGElement): void {
  download(filename, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
}

/** PNG of an SVG chart, at twice its size for a sharp print. */
export async function downloadSvgAsPng(filename: string, svg: SVGSVGElement): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = h('canvas', { width: width * 2, height: height * 2 });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) download(filename, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The toolbar of download buttons every view shows above its chart. */
export function exportBar(actions: { label: string; run: () => void | Promise<void> }[]): HTMLElement {
  return h('div', { class: 'export-bar', role: 'group', 'aria-label': 'Download' },
    ...actions.map((a) => h('button', { type: 'button', class: 'secondary', onclick: () => void a.run() }, a.label)));
}
