/**
 * The explorer's alignment matrix in Chromium: every cell's count as the API gives it, a drill into a cell
 * by keyboard and by click listing the priorities behind it, the URL restoring the open cell, and the
 * downloads carrying the same numbers; nothing fetched beyond 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../helpers/test-server.js';
import { downloadBytes, downloadText, openExplorer, PNG_SIGNATURE, saveScreenshot, useExplorer } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;

useExplorer((env) => ({ server, browser } = env));

const MATRIX = `{ plan(period: "2022-26") { alignmentMatrix { illustrative strategies { key title }
  rows { links outcome { code name } cells { strategy { key } links primary contributory alignments { priority { code name } target { ... on Outcome { code } ... on SubOutcome { code } } } } } } } }`;

describe('the alignment matrix', () => {
  it('shows each cell\'s link count as the API does, and drills into a cell by keyboard and by click', async () => {
    const { plan: { alignmentMatrix: matrix } } = await server.ask(MATRIX);
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/alignment?plan=2022-26`);

    const shown = await page.locator('#alignment-heatmap tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('button.cell')].map((b) => Number(b.firstChild!.textContent))));
    expect(shown).toEqual(matrix.rows.map((r: any) => matrix.strategies.map((s: any) => r.cells.find((c: any) => c.strategy.key === s.key).links)));
    expect(await page.locator('.notice').innerText()).toMatch(/illustrative/);

    // Keyboard: one tab stop into the grid, arrows to move, Enter to open.
    await page.locator('#alignment-heatmap button.cell').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const row1 = matrix.rows[1];
    const strategy1 = matrix.strategies[1];
    await expect.poll(() => page.locator('#alignment-panel h3').innerText()).toContain(`${row1.outcome.code} ${row1.outcome.name}`);
    expect(await page.locator('#alignment-panel h3').innerText()).toContain(strategy1.title);

    // Click the busiest cell: its panel lists exactly the priorities behind it.
    const busiest = matrix.rows.flatMap((r: any) => r.cells.map((c: any) => ({ r, c }))).sort((a: any, b: any) => b.c.links - a.c.links)[0];
    const rowIndex = matrix.rows.indexOf(busiest.r);
    const colIndex = matrix.strategies.findIndex((s: any) => s.key === busiest.c.strategy.key);
    await page.locator(`button.cell[data-row="${rowIndex}"][data-col="${colIndex}"]`).click();
    const listed = page.locator('#alignment-panel .alignment-list > li');
    await expect.poll(() => listed.count()).toBe(busiest.c.alignments.length);
    const texts = await listed.allInnerTexts();
    busiest.c.alignments.forEach((a: any, i: number) => {
      expect(texts[i]).toContain(`${a.priority.code} ${a.priority.name}`);
      expect(texts[i]).toContain(a.target.code);
    });
    expect(new URL(page.url()).searchParams.get('cell')).toBe(`${busiest.r.outcome.code}~${busiest.c.strategy.key}`);
    await saveScreenshot(page, 'alignment');

    // The shared URL opens the same cell.
    const again = await openExplorer(browser, page.url());
    await expect.poll(() => again.page.locator('#alignment-panel .alignment-list > li').count()).toBe(busiest.c.alignments.length);

    expect([...outside, ...again.outside]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('downloads the matrix as CSV with the API\'s numbers, and as SVG and PNG', async () => {
    const { plan: { alignmentMatrix: matrix } } = await server.ask(MATRIX);
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/alignment?plan=2022-26`);
    const csv = await downloadText(page, 'Download CSV');
    const lines = csv.text.trim().split('\n');
    expect(lines).toHaveLength(matrix.rows.length + 1);
    const first = matrix.rows[0];
    expect(lines[1]!.split(',').slice(-2)[0]).toBe(String(first.links));
    const svg = await downloadText(page, 'Download SVG');
    expect(svg.text).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*Alignment of the 2022-26 outcomes/);
    expect((await downloadBytes(page, 'Download PNG')).subarray(0, 4).equals(PNG_SIGNATURE)).toBe(true);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
