/**
 * The thread as an interactive graph: Cytoscape.js draws it, cytoscape-dagre lays it out in layers (plan,
 * outcome, sub-outcome, aim, action...), so nothing here places nodes by hand. Large graphs drop edge labels
 * (the costliest thing to draw) and their layout animation, to stay smooth.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { itemLabel, type Item } from '../items.js';
import { linkKindColour, linkKindDashed, linkKindLabel, nodeColours } from '../link-kinds.js';
import type { ThreadLink } from './thread-model.js';

cytoscape.use(dagre);

const LARGE = 250;
const MIN_READABLE_ZOOM = 0.6;

export interface GraphEvents {
  onNode(id: string): void;
  onLink(id: string): void;
}

export class ThreadGraph {
  readonly cy: Core;

  constructor(private readonly container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({
      container,
      minZoom: 0.1,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            shape: 'round-rectangle', width: 170, height: 54, 'background-color': 'data(fill)', color: 'data(ink)',
            'border-width': 1, 'border-color': '#4a5360', label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap',
            'text-max-width': '160px', 'text-valign': 'center', 'text-halign': 'center',
          },
        },
        { selector: 'node.start', style: { 'border-width': 4, 'border-color': '#13294b' } },
        { selector: 'node:selected, node.chosen', style: { 'border-width': 5, 'border-color': '#ffbf47' } },
        {
          selector: 'edge',
          style: {
            width: 2, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle',
            'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#1b1f24', 'text-background-color': '#ffffff',
            'text-background-opacity': 0.9, 'text-background-padding': '1px', 'text-rotation': 'autorotate',
          },
        },
        { selector: 'edge.dashed', style: { 'line-style': 'dashed' } },
        { selector: 'edge:selected, edge.chosen', style: { width: 5, 'line-color': '#ffbf47', 'target-arrow-color': '#ffbf47' } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
    });
    this.cy.on('tap', 'node', (e) => events.onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => events.onLink(e.target.id()));
  }

  /** Adds what is new, then lays the whole graph out again (animated while it is small). */
  update(items: Map<string, Item>, links: Map<string, ThreadLink>, startId: string): void {
    const added: ElementDefinition[] = [];
    for (const [id, item] of items) {
      if (this.cy.getElementById(id).nonempty()) continue;
      const [fill, ink] = nodeColours(item.__typename);
      added.push({ group: 'nodes', data: { id, label: itemLabel(item, 60), fill, ink, type: item.__typename }, classes: id === startId ? 'start' : '' });
    }
    for (const [id, link] of links) {
      if (this.cy.getElementById(id).nonempty()) continue;
      const kind = link.facts.kind;
      added.push({
        group: 'edges',
        data: { id, source: link.source, target: link.target, kind, label: linkKindLabel(kind), colour: linkKindColour(kind) },
        classes: linkKindDashed(kind) ? 'dashed' : '',
      });
    }
    if (!added.length) return;
    this.cy.batch(() => this.cy.add(added));
    const large = this.cy.nodes().length > LARGE;
    // Edge labels are the costliest thing Cytoscape draws; a big graph keeps them in the panel and the table.
    this.cy.style().selector('edge').style({ label: large ? '' : 'data(label)' }).update();
    const layout = this.cy.layout({ name: 'dagre', rankDir: 'TB', nodeSep: 24, rankSep: 70, animate: !large && this.cy.nodes().length < 120, animationDuration: 300, fit: true, padding: 20 } as never);
    // The container says when the layout has settled (tests click on nodes only then).
    this.container.dataset.layout = 'running';
    layout.one('layoutstop', () => {
      // Fitting a wide fan-out shrinks labels past reading on a projector: keep them legible, centred on the start.
      if (this.cy.zoom() < MIN_READABLE_ZOOM) this.cy.zoom({ level: MIN_READABLE_ZOOM, position: this.cy.getElementById(startId).position() });
      this.container.dataset.layout = 'done';
    });
    layout.run();
  }

  /** Shows only links of the kinds not hidden, and the items still reached by one (the start item always). */
  filter(hiddenKinds: Set<string>, startId: string): void {
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => { e.toggleClass('hidden', hiddenKinds.has(e.data('kind'))); });
      this.cy.nodes().forEach((n) => {
        const shown = n.id() === startId || n.connectedEdges().not('.hidden').nonempty();
        n.toggleClass('hidden', !shown);
      });
    });
  }

  choose(id: string | null): void {
    this.cy.batch(() => {
      this.cy.elements('.chosen').removeClass('chosen');
      if (id) this.cy.getElementById(id).addClass('chosen');
    });
  }

  async png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  destroy(): void {
    this.cy.destroy();
  }
}
