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
/** Label size in graph units; at MIN_READABLE_ZOOM it is drawn 11 px tall or more (legible on a projector). */
const LABEL_SIZE = 16;
const MIN_READABLE_ZOOM = 11 / LABEL_SIZE;
/** A small graph is not blown up past this when fitted. */
const MAX_FIT_ZOOM = 1.4;

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
            shape: 'round-rectangle', width: 210, height: 70, 'background-color': 'data(fill)', color: 'data(ink)',
            'border-width': 1, 'border-color': '#4a5360', label: 'data(label)', 'font-size': LABEL_SIZE, 'text-wrap': 'wrap',
            'text-max-width': '198px', 'text-valign': 'center', 'text-halign': 'center',
          },
        },
        { selector: 'node.start', style: { 'border-width': 4, 'border-color': '#13294b' } },
        { selector: 'node.new-item', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#4a5360' } },
        { selector: 'node:selected, node.chosen', style: { 'border-width': 5, 'border-color': '#ffbf47' } },
        {
          selector: 'edge',
          style: {
            width: 2, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle',
            'curve-style': 'bezier', label: 'data(label)', 'font-size': LABEL_SIZE, color: '#1b1f24', 'text-background-color': '#ffffff',
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

  /**
   * Adds what is new, then lays the whole graph out again (animated while it is small). The first time it
   * fits the whole graph; after an expansion (`focusId`) it fits the expanded item and what it brought in,
   * so what the user just opened stays on screen. Either way labels stay legible: past that zoom the view
   * centres on the item instead, and the rest is a drag away.
   */
  update(items: Map<string, Item>, links: Map<string, ThreadLink>, startId: string, focusId?: string, newSince?: ReadonlySet<string>): void {
    const added: ElementDefinition[] = [];
    for (const [id, item] of items) {
      if (this.cy.getElementById(id).nonempty()) continue;
      const [fill, ink] = nodeColours(item.__typename);
      const isNew = newSince?.has(id) ?? false;
      added.push({ group: 'nodes', data: { id, label: `${isNew ? 'New: ' : ''}${itemLabel(item, 60)}`, fill, ink, type: item.__typename }, classes: [id === startId ? 'start' : '', isNew ? 'new-item' : ''].join(' ') });
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
    const addedIds = new Set(added.filter((e) => e.group === 'nodes').map((e) => e.data.id!));
    this.cy.batch(() => this.cy.add(added));
    const large = this.cy.nodes().length > LARGE;
    // Edge labels are the costliest thing Cytoscape draws; a big graph keeps them in the panel and the table.
    this.cy.style().selector('edge').style({ label: large ? '' : 'data(label)' }).update();
    const layout = this.cy.layout({ name: 'dagre', rankDir: 'TB', nodeSep: 24, rankSep: 70, animate: !large && this.cy.nodes().length < 120, animationDuration: 300, fit: false } as never);
    // The container says when the layout has settled (tests click on nodes only then).
    this.container.dataset.layout = 'running';
    layout.one('layoutstop', () => {
      const focus = this.cy.getElementById(focusId ?? startId);
      const wanted = focusId ? focus.union(this.cy.nodes().filter((n) => addedIds.has(n.id()))) : this.cy.elements();
      this.cy.fit(wanted.not('.hidden'), 24);
      if (this.cy.zoom() > MAX_FIT_ZOOM) this.cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
      // Fitting a wide fan-out shrinks labels past reading: keep them legible, centred on the item in focus.
      if (this.cy.zoom() < MIN_READABLE_ZOOM) {
        this.cy.zoom(MIN_READABLE_ZOOM);
        this.cy.center(focus);
      }
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
