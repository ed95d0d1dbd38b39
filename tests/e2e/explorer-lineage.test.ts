/**
 * The explorer's lineage view in Chromium: the three plans' columns, every step the API's lineage gives
 * drawn once, a click on a step showing its rationale, and the URL restoring it; nothing beyond 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../helpers/test-server.js';
import { downloadText, openExplorer, saveScreenshot, useExplorer } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;

useExplorer((env) => ({ server, browser } = env));

describe('the lineage view', () => {
  it('draws every step between the three plans once, and shows why a step holds', async () => {
    const { plans } = await server.ask(`{ plans { period themes { id code lineage { kind rationale from { id } to { id } } } outcomes { id code lineage { kind rationale from { id } to { id } } } } }`);
    const steps = new Map<string, any>();
    const ids = new Set(plans.flatMap((p: any) => [...p.themes, ...p.outcomes].map((i: any) => i.id)));
    for (const p of plans) for (const item of [...p.themes, ...p.outcomes]) for (const s of item.lineage) {
      if (ids.has(s.from.id) && ids.has(s.to.id)) steps.set(`${s.from.id}|${s.kind}|${s.to.id}`, s);
    }
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/lineage`);
    const edges: string[] = await page.locator('#lineage-graph [data-step]').evaluateAll((bands) => bands.map((b) => (b as any).dataset.step));
    expect(new Set(edges).size).toBe(edges.length);
    // Every item-to-item step of the API is drawn; the others end at a plan (dropped, new).
    for (const id of steps.keys()) expect(edges).toContain(id);
    expect(await page.locator('summary', { hasText: 'The lineage as a table' }).innerText()).toContain(`${edges.length} steps`);

    const t2 = plans.find((p: any) => p.period === '2014-18').themes.find((t: any) => t.code === 'T2');
    const renamed = t2.lineage.find((s: any) => s.kind === 'RENAMED');
    const stepId = `${renamed.from.id}|RENAMED|${renamed.to.id}`;
    await page.locator(`#lineage-graph [data-step="${stepId}"]`).click();
    await expect.poll(() => page.locator('#lineage-panel').innerText()).toContain(renamed.rationale);
    expect(new URL(page.url()).searchParams.get('step')).toBe(stepId);
    await saveScreenshot(page, 'lineage');

    const again = await openExplorer(browser, page.url());
    expect(await again.page.locator('#lineage-panel').innerText()).toContain(renamed.rationale);
    const csv = await downloadText(again.page, 'Download CSV');
    expect(csv.text.trim().split('\n')).toHaveLength(edges.length + 1);
    expect([...outside, ...again.outside]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });
});
