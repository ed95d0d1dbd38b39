/**
 * Opening the explorer in Chromium for a test: every request is checked, and one that would leave 127.0.0.1
 * is refused and recorded (the test then fails on `outside`). Also: waiting for a view to be ready, reading
 * a download, and saving the screenshot the README shows.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, recordPolicyViolations } from './browser.js';
import { useSeededServer } from './seeded-server.js';
import type { TestServer } from './test-server.js';

/** The usual setup of an explorer test file: the seeded server, and one Chromium for the file. */
export function useExplorer(use: (env: { server: TestServer; browser: Browser }) => void): void {
  let server: TestServer;
  let browser: Browser | undefined;
  useSeededServer((env) => ({ server } = env));
  beforeAll(async () => {
    browser = await launchBrowser();
    use({ server, browser });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export interface ExplorerPage {
  page: Page;
  /**
   * URLs the page tried to reach beyond 127.0.0.1 (refused), and anything the Content Security Policy
   * blocked ("CSP: …"): every test expects none of either.
   */
  outside: string[];
}

export async function openExplorer(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<ExplorerPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const outside = await recordPolicyViolations(page);
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (['data:', 'blob:'].includes(target.protocol) || target.hostname === '127.0.0.1') return route.continue();
    outside.push(target.href);
    return route.abort();
  });
  await page.goto(url);
  await waitForView(page);
  return { page, outside };
}

/** Waits until the view has rendered what it fetched (the shell marks <main data-ready>). */
export async function waitForView(page: Page): Promise<void> {
  await page.locator('main[data-ready]').waitFor({ timeout: 30_000 });
  const error = page.locator('main .error');
  if (await error.count()) throw new Error(`the view shows an error: ${await error.first().innerText()}`);
}

/** Clicks a download button and returns the file's text. */
export async function downloadText(page: Page, buttonName: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

export async function downloadBytes(page: Page, buttonName: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return readFileSync(await download.path());
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

/** The README's picture of a view. */
export async function saveScreenshot(page: Page, view: string): Promise<void> {
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/explorer-${view}.png` });
}

/**
 * Rendered (page) coordinates of a Cytoscape element's centre, for a real mouse click on the canvas. The
 * graph is first panned to put the element in the middle, as a user would drag it into view.
 */
export async function graphPoint(page: Page, containerSelector: string, elementId: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(containerSelector).boundingBox())!;
  const point = await page.evaluate((id) => {
    const cy = (globalThis as any).explorerGraph;
    const element = cy.getElementById(id);
    cy.center(element);
    return element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
  }, elementId);
  return { x: box.x + point.x, y: box.y + point.y };
}

export async function graphNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as any).explorerGraph.nodes().map((n: any) => n.id()).sort());
}
