/**
 * The explorer's gaps view in Chromium: the sub-outcomes with gaps and what each lacks, as the API's
 * coverage gives them; the filter by kind of support in the URL; the chart's numbers as a table; the CSV.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../helpers/test-server.js';
import { downloadText, openExplorer, saveScreenshot, useExplorer, waitForView } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;

useExplorer((env) => ({ server, browser } = env));

const GAPS = `query ($lacking: [SupportType!]) { plan(period: "2022-26") { coverage { completeness shares { type count of }
  gaps(lacking: $lacking) { lacks subOutcome { code } } } } }`;

describe('the gaps view', () => {
  it('lists each sub-outcome with gaps and what it lacks, filtered by kind of support from the URL', async () => {
    const all = (await server.ask(GAPS)).plan.coverage;
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/gaps?plan=2022-26`);
    const items = page.locator('.gap-list > li');
    expect(await items.evaluateAll((li) => li.map((x) => (x as any).dataset.subOutcome))).toEqual(all.gaps.map((g: any) => g.subOutcome.code));
    const firstChips = await items.first().locator('.chip').allInnerTexts();
    expect(firstChips).toHaveLength(all.gaps[0].lacks.length);
    expect(await page.locator('#coverage-title').innerText()).toBe(`Completeness ${Math.round(all.completeness * 100)}%`);
    const table = await page.locator('.side-panel .data-table tbody tr').allInnerTexts();
    all.shares.forEach((s: any, i: number) => expect(table[i]).toContain(`${s.count}\t${s.of}`));
    await saveScreenshot(page, 'gaps');

    await page.getByRole('checkbox', { name: 'measure', exact: true }).check();
    await waitForView(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('lacking')).toBe('MEASURE');
    const lackingMeasure = (await server.ask(GAPS, { lacking: ['MEASURE'] })).plan.coverage.gaps;
    await expect.poll(() => items.count()).toBe(lackingMeasure.length);

    const again = await openExplorer(browser, page.url());
    expect(await again.page.locator('.gap-list > li').count()).toBe(lackingMeasure.length);
    const csv = await downloadText(again.page, 'Download gaps CSV');
    expect(csv.text.trim().split('\n')).toHaveLength(lackingMeasure.length + 1);
    expect([...outside, ...again.outside]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });
});
