/**
 * The explorer against WCAG 2.1 AA as axe-core checks it (contrast, names of controls, landmarks, tables,
 * keyboard reachability of what it can see), on every view at a projector's 1280×720 and a phone's width.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.js';
import { openExplorer, useExplorer } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;
useExplorer((env) => ({ server, browser } = env));

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the page's Content Security Policy runs no inline script.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  // A string, evaluated in the page: axe-core is the page's global there, not this file's.
  const found = await page.evaluate<Violation[]>(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations)",
  );
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const VIEWS = [
  'thread?plan=2022-26',
  'alignment?plan=2022-26',
  'lineage',
  'gaps?plan=2022-26',
  'money?edition=mtfs-2017-21&year=2018%2F19',
  'progress?plan=2022-26&period=2023%2F24%20Q2&outcome=9',
  'report?plan=2022-26&board=outcome-boards&period=2023%2F24%20Q2',
];

describe('the explorer\'s accessibility', () => {
  it.each(VIEWS)('has no WCAG 2.1 A or AA violations axe-core can find in /explore/%s, on a projector and a phone', async (view) => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
      const { page, outside } = await openExplorer(browser, `${server.url}/explore/${view}`, viewport);
      expect(await violations(page), `${view} at ${viewport.width}px`).toEqual([]);
      expect(outside).toEqual([]);
      await page.context().close();
    }
  });
});
