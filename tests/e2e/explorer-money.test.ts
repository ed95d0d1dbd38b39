/**
 * The explorer's money view in Chromium: the Sankey of an MTFS edition's savings from departments to
 * outcomes for one year, with the unapportioned remainder; the totals and every flow as the API gives them
 * (to the penny), a band opened by keyboard, the URL restoring the year; nothing beyond 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../helpers/test-server.js';
import { downloadText, openExplorer, saveScreenshot, useExplorer, waitForView } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;

useExplorer((env) => ({ server, browser } = env));

const SAVINGS = `{ savings(edition: "mtfs-2017-21") { years
  total { years { year amount { pence formatted } } } unapportioned { years { year amount { pence formatted } } }
  flows { department { name } outcome { code name } amount { years { year amount { pence formatted } } } } } }`;

describe('the money view', () => {
  it('shows a year\'s savings flowing from departments to outcomes, with the unapportioned part, matching the API to the penny', async () => {
    const { savings } = await server.ask(SAVINGS);
    const year = savings.years[1];
    const inYear = (yearly: any) => yearly.years.find((y: any) => y.year === year).amount;
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/money?edition=mtfs-2017-21`);
    await page.getByLabel('Financial year').selectOption(year);
    await waitForView(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(year);

    await expect.poll(() => page.locator('[data-total]').innerText()).toBe(inYear(savings.total).formatted);
    expect(await page.locator('[data-unapportioned]').innerText()).toBe(inYear(savings.unapportioned).formatted);
    // The flows of the year add up to the year's total, in whole pence.
    const sum = savings.flows.reduce((acc: number, f: any) => acc + inYear(f.amount).pence, 0);
    expect(sum).toBe(inYear(savings.total).pence);

    // Every flow is a row of the table with the API's amount; every non-zero one is a band of the Sankey.
    await page.locator('summary', { hasText: 'The flows as a table' }).click();
    const rows = await page.locator('.table-alternative tbody tr').allInnerTexts();
    savings.flows.forEach((f: any, i: number) => {
      expect(rows[i]).toContain(f.department.name);
      expect(rows[i]).toContain(f.outcome ? `${f.outcome.code} ${f.outcome.name}` : 'Not apportioned');
      expect(rows[i]!.endsWith(inYear(f.amount).formatted)).toBe(true);
    });
    const nonZero = savings.flows.filter((f: any) => inYear(f.amount).pence > 0).length;
    expect(await page.locator('.sankey path.band').count()).toBe(nonZero);
    expect(await page.locator('.sankey svg text', { hasText: 'Not apportioned' }).count()).toBe(inYear(savings.unapportioned).pence > 0 ? 1 : 0);

    // Keyboard: a band is focusable, Enter opens its amounts per year.
    const band = page.locator('.sankey path.band').first();
    await band.focus();
    await page.keyboard.press('Enter');
    const index = Number(await band.getAttribute('data-flow'));
    await expect.poll(() => page.locator('#money-panel').innerText()).toContain(savings.flows[index].department.name);
    await saveScreenshot(page, 'money');

    const again = await openExplorer(browser, page.url());
    expect(await again.page.locator('[data-total]').innerText()).toBe(inYear(savings.total).formatted);
    expect(await again.page.locator('#money-panel').innerText()).toContain(savings.flows[index].department.name);
    const csv = await downloadText(again.page, 'Download CSV');
    expect(csv.text.trim().split('\n').at(-1)).toBe(`Total,,${(inYear(savings.total).pence / 100).toFixed(2)}`);
    expect([...outside, ...again.outside]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });
});
