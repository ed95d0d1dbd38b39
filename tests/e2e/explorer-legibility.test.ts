/**
 * The explorer on a projector (1280×800) and a phone (390×844), measured in Chromium: no page wider than the
 * screen, chart and graph text drawn 11 px or more, the thread graph fitted and following what is expanded,
 * the details panel brought into view on a phone, no lineage label over another, and the gaps summary before
 * its long list. Each view's screenshot at both sizes goes to docs/screenshots.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../helpers/test-server.js';
import { graphPoint, openExplorer, saveScreenshot, useExplorer } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;
useExplorer((env) => ({ server, browser } = env));

const PROJECTOR = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const SIZES = [['projector', PROJECTOR], ['phone', PHONE]] as const;

/** The smallest size, in CSS pixels on screen, at which any text of the SVG charts in `selector` is drawn. */
async function smallestSvgText(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const sizes = [...(globalThis as any).document.querySelectorAll(`${sel} svg text`)].map((t: any) => t.getScreenCTM().a * parseFloat((globalThis as any).getComputedStyle(t).fontSize));
    return sizes.length ? Math.min(...sizes) : 0;
  }, selector);
}

/** The page's width, and the elements poking past the screen's right edge (outside any box that scrolls). */
async function expectNoWiderThan(page: Page, width: number): Promise<void> {
  const found = await page.evaluate(() => {
    const doc = (globalThis as any).document;
    const clipped = (el: any): boolean => { for (let p = el.parentElement; p; p = p.parentElement) if (['auto', 'scroll', 'hidden'].includes((globalThis as any).getComputedStyle(p).overflowX)) return true; return false; };
    const past = [...doc.querySelectorAll('body *')].filter((el: any) => el.getBoundingClientRect().right > (globalThis as any).innerWidth + 0.5 && !clipped(el))
      .slice(0, 5).map((el: any) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { width: doc.documentElement.scrollWidth, past };
  });
  expect(found.width, `wider than ${width}: ${found.past.join(', ')}`).toBeLessThanOrEqual(width);
}

/** Thread graph facts: the label size drawn, and which nodes lie wholly inside the box. */
async function threadGraph(page: Page): Promise<{ labelPx: number; inView: string[]; all: string[] }> {
  return page.evaluate(() => {
    const cy = (globalThis as any).explorerGraph;
    const [w, h] = [cy.width(), cy.height()];
    const shown = cy.nodes().not('.hidden');
    return {
      labelPx: cy.zoom() * parseFloat(shown.first().style('font-size')),
      inView: shown.filter((n: any) => { const b = n.renderedBoundingBox(); return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= w + 1 && b.y2 <= h + 1; }).map((n: any) => n.id()),
      all: shown.map((n: any) => n.id()),
    };
  });
}

describe('the explorer on a projector and a phone', () => {
  it.each(SIZES)('the thread view (%s) fits its graph, keeps labels 11 px or more, and follows an expansion', async (name, viewport) => {
    const { outcome } = await server.ask('{ outcome(plan: "2022-26", code: "9") { id subOutcomes { id code } } }');
    const sub = outcome.subOutcomes.find((s: any) => s.code === '9.3');
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/thread?plan=2022-26&item=${outcome.id}`, viewport);
    await page.locator('#thread-graph[data-layout="done"]').waitFor();
    await expectNoWiderThan(page, viewport.width);
    // The graph box starts on the first screen, with room to see it.
    const box = (await page.locator('#thread-graph').boundingBox())!;
    expect(box.y + box.height / 2).toBeLessThanOrEqual(viewport.height);

    const first = await threadGraph(page);
    expect(first.labelPx).toBeGreaterThanOrEqual(11);
    expect(first.inView).toContain(outcome.id);
    // Fitted: the whole graph, or, where that would make labels too small, as much as the box holds at 11 px.
    expect(first.inView.length).toBeGreaterThanOrEqual(Math.min(first.all.length, name === 'phone' ? 1 : 8));

    const before = new Set(first.all);
    await page.locator('#thread-graph').scrollIntoViewIfNeeded();
    const at = await graphPoint(page, '#thread-graph', sub.id);
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await threadGraph(page)).all.length, { timeout: 15_000 }).toBeGreaterThan(before.size);
    await page.locator('#thread-graph[data-layout="done"]').waitFor();
    const after = await threadGraph(page);
    expect(after.labelPx).toBeGreaterThanOrEqual(11);
    // The item just expanded and what it brought in are on screen (as many as the box holds at 11 px).
    expect(after.inView).toContain(sub.id);
    const added = after.all.filter((id) => !before.has(id));
    expect(added.filter((id) => after.inView.includes(id)).length).toBeGreaterThanOrEqual(Math.min(added.length, name === 'phone' ? 1 : 4));
    if (name === 'phone') {
      // On a phone the panel is below the graph: choosing an item brings it into view.
      const panel = (await page.locator('#thread-panel').boundingBox())!;
      expect(panel.y).toBeGreaterThanOrEqual(-1);
      expect(panel.y).toBeLessThan(viewport.height - 100);
      expect(await page.locator('#thread-panel h3').innerText()).toContain('9.3');
    }
    await expectNoWiderThan(page, viewport.width);
    await saveScreenshot(page, `thread-${name}`);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('the thread view marks a new sub-outcome as new instead of drawing a link to it from the old plan', async () => {
    // 5.1 has no 2018-22 predecessor (seeds/lineage.yaml); its outcome, Clean, Green Future, has one (GC.4 → 5.2).
    const { subOutcome: outcome } = await server.ask('{ subOutcome(plan: "2022-26", code: "5.1") { id lineage { kind from { __typename } } } }');
    expect(outcome.lineage.map((s: any) => s.kind)).toContain('NEW');
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/thread?plan=2022-26&item=${outcome.id}`);
    await page.locator('#thread-graph[data-layout="done"]').waitFor();
    const drawn = await page.evaluate((id) => {
      const cy = (globalThis as any).explorerGraph;
      return { kinds: cy.edges().map((e: any) => e.data('kind')), marked: cy.getElementById(id).hasClass('new-item'), label: cy.getElementById(id).data('label') };
    }, outcome.id);
    expect(drawn.kinds).not.toContain('NEW');
    expect(drawn.marked).toBe(true);
    expect(drawn.label).toMatch(/^New: /);
    await expect.poll(() => page.locator('#thread-panel .new-note').innerText()).toContain('nothing in');
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it.each(SIZES)('the lineage view (%s) draws no label over another, all 11 px or more', async (name, viewport) => {
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/lineage`, viewport);
    await expectNoWiderThan(page, viewport.width);
    expect(await smallestSvgText(page, '#lineage-graph')).toBeGreaterThanOrEqual(11);
    const overlaps = await page.evaluate(() => {
      const boxes = [...(globalThis as any).document.querySelectorAll('#lineage-graph svg text')].map((t: any) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
      const found: string[] = [];
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.r, boxes[j]!.r];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) found.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
      }
      return { count: boxes.length, found };
    });
    // Enough labels that the check means something (the default view draws 20 on the seeds).
    expect(overlaps.count).toBeGreaterThanOrEqual(15);
    expect(overlaps.found).toEqual([]);
    // Choosing a band shows why; on a phone the panel below is brought into view.
    await page.locator('#lineage-graph [data-kind="RENAMED"]').first().click();
    await expect.poll(() => page.locator('#lineage-panel h4').first().innerText()).toBe('Why');
    const panel = (await page.locator('#lineage-panel').boundingBox())!;
    if (name === 'phone') expect(panel.y).toBeGreaterThanOrEqual(-1);
    expect(panel.y).toBeLessThan(viewport.height - 100);
    await saveScreenshot(page, `lineage-${name}`);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it.each(SIZES)('the money view (%s) fits the screen and draws its Sankey labels 11 px or more', async (name, viewport) => {
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/money?edition=mtfs-2017-21`, viewport);
    await expectNoWiderThan(page, viewport.width);
    expect(await smallestSvgText(page, '.sankey')).toBeGreaterThanOrEqual(11);
    // Department names are whole where the chart has room for them.
    const { savings } = await server.ask('{ savings(edition: "mtfs-2017-21") { flows { department { name } } } }');
    const names = [...new Set<string>(savings.flows.map((f: any) => f.department?.name).filter(Boolean))].filter((n) => n.length <= 44);
    const labels = await page.locator('.sankey svg text').evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));
    for (const n of names) expect(labels.some((l) => l.startsWith(`${n} £`))).toBe(true);
    // ...and drawn inside the chart, not cut off at its edges.
    const outsideChart = await page.locator('.sankey svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - 0.5 || r.right > box.right + 0.5; }).map((t) => t.textContent);
    });
    expect(outsideChart).toEqual([]);
    await saveScreenshot(page, `money-${name}`);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it.each(SIZES)('the gaps view (%s) fits the screen and puts its summary before its long list', async (name, viewport) => {
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/gaps?plan=2022-26`, viewport);
    await expectNoWiderThan(page, viewport.width);
    const summary = (await page.locator('#coverage-title').boundingBox())!;
    const list = (await page.locator('#gap-list-title').boundingBox())!;
    if (name === 'phone') expect(summary.y).toBeLessThan(list.y);
    expect(summary.y).toBeLessThan(viewport.height);
    await saveScreenshot(page, `gaps-${name}`);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it.each(SIZES)('the alignment view (%s) is no wider than the screen', async (name, viewport) => {
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/alignment?plan=2022-26`, viewport);
    await expectNoWiderThan(page, viewport.width);
    await saveScreenshot(page, `alignment-${name}`);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
