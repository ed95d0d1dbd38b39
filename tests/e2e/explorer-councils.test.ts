/**
 * The explorer on a deployment of several councils: a council picker in the header (none with one council),
 * every view answering for the council chosen, the choice kept in the URL and across views, and the views
 * as axe-clean with the picker as without.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSyntheticCouncils } from '../../src/synthetic/load-councils.js';
import { openExplorer, waitForView } from '../helpers/explorer-page.js';
import { openTestDatabase } from '../helpers/test-graph.js';
import type { TestServer } from '../helpers/test-server.js';
import { useExplorer } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;
useExplorer((env) => ({ server, browser } = env));

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const found = await page.evaluate<{ id: string; help: string }[]>(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations)",
  );
  return found.map((v) => `${v.id}: ${v.help}`);
}

describe('the explorer with more than one council', () => {
  it('shows no council picker while the server holds one council', async () => {
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/gaps?plan=2022-26`);
    expect(await page.locator('#council-picker select').count()).toBe(0);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('offers a council picker, and every view answers for the council chosen', async () => {
    const db: Database = openTestDatabase();
    try {
      await loadSyntheticCouncils(db, { seed: 5, councils: 1, batchSize: 1 });
    } finally {
      await db.close();
    }
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/gaps?plan=2022-26`);
    const picker = page.getByLabel('Council');
    expect(await picker.locator('option').allInnerTexts()).toContain('Leicestershire County Council');
    expect(await picker.inputValue()).toBe('lcc');
    expect(await violations(page)).toEqual([]);

    await picker.selectOption('c001-council');
    await waitForView(page);
    expect(new URL(page.url()).searchParams.get('council')).toBe('c001-council');
    // The synthetic council's 2022-26 plan: its sub-outcomes, not Leicestershire's (whose 9.3 is health).
    const gaps = await page.locator('main').innerText();
    expect(gaps).not.toContain('People enjoy long lives in good health');
    expect(await violations(page)).toEqual([]);

    // The choice is kept across views: the money view shows the synthetic council's MTFS edition.
    await page.locator('nav a[data-view="money"]').click();
    await waitForView(page);
    expect(new URL(page.url()).searchParams.get('council')).toBe('c001-council');
    expect(await page.getByLabel('MTFS edition').locator('option').allInnerTexts()).toEqual([expect.stringMatching(/\(synthetic\)$/)]);
    expect(await violations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
