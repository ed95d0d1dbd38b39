/**
 * The explorer's progress view and the Outcome Board's report page in Chromium, on the illustrative progress
 * data: each outcome's counts are the API's roll-up for the period (on the card and in the table alternative,
 * and in the CSV), a sparkline per measure the roll-up counts, the owner who has not reported is named, the
 * drill-down opens by keyboard with each value's source and each action's latest update, the URL restores it;
 * the report page shows each section with what each statement rests on, prints without the navigation and a
 * page per outcome, and its Word link downloads the document. Nothing beyond 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BOARD_REPORT_QUERY } from '../../src/domains/progress/board-report-query.js';
import type { TestServer } from '../helpers/test-server.js';
import { downloadText, openExplorer, saveScreenshot, useExplorer, waitForView } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;

useExplorer((env) => ({ server, browser } = env));

const Q2 = '2023/24 Q2';
// A choice draws the view again from one request of a second or more on a shared machine: wait for it.
const AFTER_CHOICE = { timeout: 20_000 };
const words = (code: string) => code.toLowerCase().replace(/_/g, ' ');
const countWords = (list: { count: number }[], key: (x: any) => string) => list.filter((x) => x.count > 0).map((x) => `${x.count} ${words(key(x))}`).join(', ') || 'none';
const COUNTS = 'actionsNeverUpdated measuresByRag { rag count } actionsByStatus { status count }';
const PLAN = `query ($period: String!) { plan(period: "2022-26") {
  progress(period: $period) { ${COUNTS} }
  staleActions(period: $period) { action { code } }
  outcomes { code name progress(period: $period) { ${COUNTS} } } } }`;

describe('the progress view', () => {
  it('shows each outcome\'s counts as the API rolls them up, drills down by keyboard, and restores from its URL', async () => {
    const { plan } = await server.ask(PLAN, { period: Q2 });
    // Opened bare, it picks the latest quarter with values and says so in the URL.
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/progress`);
    await expect.poll(() => new URL(page.url()).searchParams.get('period'), AFTER_CHOICE).toBe(Q2);
    expect(await page.locator('.notice').first().innerText()).toContain('Illustrative figures');
    expect(await page.locator('[data-plan-rag]').innerText()).toBe(countWords(plan.progress.measuresByRag, (x) => x.rag));
    expect(await page.locator('[data-plan-status]').innerText()).toBe(countWords(plan.progress.actionsByStatus, (x) => x.status));

    for (const o of plan.outcomes) {
      const card = page.locator(`.progress-outcome[data-outcome="${o.code}"]`);
      expect(await card.locator('[data-rag-counts]').innerText()).toBe(`Measures: ${countWords(o.progress.measuresByRag, (x) => x.rag)}.`);
      expect(await card.locator('[data-status-counts]').innerText()).toBe(`Actions: ${countWords(o.progress.actionsByStatus, (x) => x.status)}; ${o.progress.actionsNeverUpdated} never updated.`);
      // A sparkline for every measure the roll-up counts, each with the rating the counts are made of.
      const measured = o.progress.measuresByRag.reduce((n: number, x: any) => n + x.count, 0);
      expect(await card.locator('.measure-line svg.sparkline').count()).toBe(measured);
      const shown = await card.locator('.measure-line [data-rag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rag')));
      for (const r of o.progress.measuresByRag) expect(shown.filter((x) => x === r.rag).length, `${o.code} ${r.rag}`).toBe(r.count);
    }
    // The table alternative holds the same counts, row by row.
    await page.locator('summary', { hasText: 'The counts as a table' }).click();
    const rows = await page.locator('.table-alternative tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as unknown as { innerText: string }).innerText)));
    expect(rows).toEqual(plan.outcomes.map((o: any) => [`${o.code} ${o.name}`,
      ...['GREEN', 'AMBER', 'RED', 'NO_TARGET', 'NO_DATA'].map((r) => String(o.progress.measuresByRag.find((x: any) => x.rag === r).count)),
      ...['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'STOPPED'].map((s) => String(o.progress.actionsByStatus.find((x: any) => x.status === s).count)),
      String(o.progress.actionsNeverUpdated)]));
    // The owner who has not reported for the period is named.
    const stale = plan.staleActions.map((a: any) => a.action.code);
    expect(stale).toContain('7.1-A1-1');
    const named = await page.locator('.stale [data-stale]').evaluateAll((els) => els.map((e) => e.getAttribute('data-stale')));
    expect(named.sort()).toEqual([...stale].sort());
    // Reported before but not for the period: named first, not folded away.
    expect(await page.locator('.stale > ul [data-stale="7.1-A1-1"]').isVisible()).toBe(true);
    const outcomesCsv = await downloadText(page, 'Download outcomes CSV');
    expect(outcomesCsv.name).toBe('progress-2022-26-2023-24-Q2-outcomes.csv');
    expect(outcomesCsv.text.trim().split('\n').slice(1).map((line) => line.split(',').slice(-12).join(','))).toEqual(rows.map((r) => r.slice(1).join(',')));

    await saveScreenshot(page, 'progress');

    // Keyboard: the outcome's button takes Enter; the drill-down takes the focus and the URL names the outcome.
    await page.locator('[data-drill="9"]').focus();
    await page.keyboard.press('Enter');
    await waitForView(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('outcome')).toBe('9');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id'), AFTER_CHOICE).toBe('progress-outcome');
    const nine = plan.outcomes.find((o: any) => o.code === '9');
    const drill = page.locator('#progress-outcome');
    // Each value with its source and note; each action with its latest update and the owner's commentary.
    const healthyWeight = drill.locator('.measure-detail[data-measure="HEALTHY-WEIGHT"]');
    expect(await healthyWeight.locator('[data-rag]').first().innerText()).toBe('red');
    const q2Row = await healthyWeight.locator('tbody tr', { hasText: Q2 }).innerText();
    for (const text of ['37.2', '39.5', 'red', 'Active Lives survey (illustrative)', 'Fewer referrals while the service is recommissioned.']) expect(q2Row).toContain(text);
    const offTrack = await drill.locator('tbody tr', { has: page.locator('[data-action="9.3-A2-1"]') }).innerText();
    for (const text of ['off track', Q2, 'Provider withdrew in August', '2024-03-31']) expect(offTrack).toContain(text);
    // Every action the roll-up counts is a row: those with a status plus those never updated.
    const counted = nine.progress.actionsByStatus.reduce((n: number, x: any) => n + x.count, 0) + nine.progress.actionsNeverUpdated;
    expect(await drill.locator('[data-action]').count()).toBe(counted);

    // The URL restores the period and the drill-down.
    const again = await openExplorer(browser, page.url());
    expect(await again.page.getByLabel('Period', { exact: true }).inputValue()).toBe(Q2);
    expect(await again.page.locator('#progress-outcome [data-outcome="9"] h2').innerText()).toContain('Outcome 9');
    const values = await downloadText(again.page, 'Download values CSV');
    expect(values.text).toContain('2023/24 Q2,37.2,39.5,red,Active Lives survey (illustrative),Fewer referrals while the service is recommissioned.,yes');
    // Another period is another question: Q1 has no stale owner 7.1-A1-1 (it reported then).
    await again.page.getByLabel('Period', { exact: true }).selectOption('2023/24 Q1');
    await expect.poll(() => again.page.locator('#progress-totals').innerText(), AFTER_CHOICE).toContain('2023/24 Q1 (2023-04-01 to 2023-06-30)');
    expect(await again.page.locator('.stale [data-stale="7.1-A1-1"]').count()).toBe(0);
    expect([...outside, ...again.outside]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });
});

describe('the Outcome Board report page', () => {
  it('shows each section with what each statement rests on, prints a page per outcome without the navigation, and downloads the .docx', async () => {
    const { outcomeBoardReport: r } = await server.ask(BOARD_REPORT_QUERY, { board: 'outcome-boards', period: Q2 });
    const { page, outside } = await openExplorer(browser, `${server.url}/explore/report?plan=2022-26&board=outcome-boards&period=${encodeURIComponent(Q2)}`);
    expect(await page.locator('h1').innerText()).toBe(`${r.board.name}: progress report for ${Q2}`);
    expect(await page.locator('[data-illustrative]').count()).toBe(1);
    for (const section of ['achievements', 'challenges', 'priorities'] as const) {
      const items = page.locator(`[data-section="${section}"] [data-statement]`);
      expect(await items.count(), section).toBe(r[section].length);
      for (const [i, s] of r[section].entries()) {
        expect(await items.nth(i).locator('.statement-text').innerText()).toBe(s.text);
        const t = s.tracesTo;
        expect(await items.nth(i).locator('.trace').innerText()).toContain(t.update?.id ?? t.value?.id ?? t.savingsLine?.reference ?? t.citation.at);
      }
    }
    expect(r.achievements.length + r.challenges.length + r.priorities.length).toBeGreaterThan(0);
    const sections = page.locator('.report-outcome');
    expect(await sections.count()).toBe(r.outcomes.length);
    for (const o of r.outcomes) {
      const section = page.locator(`.report-outcome[data-outcome="${o.outcome.code}"]`);
      expect(await section.locator('[data-counts]').innerText()).toContain(`${o.rollUp.actionsNeverUpdated} with no update`);
      expect(await section.locator('.report-measure svg').count()).toBe(o.measures.length);
      expect(await section.locator('[data-off-track]').evaluateAll((els) => els.map((e) => e.getAttribute('data-off-track')))).toEqual(o.offTrackActions.map((a: any) => a.action.code));
      expect(await section.locator('[data-gap]').count()).toBe(o.coverageGaps.length);
      expect(await section.locator('[data-savings-line]').count()).toBe(o.savingsAtRisk.length);
    }
    expect(await page.locator('[data-savings-line="IL1"]').count()).toBe(1);
    await saveScreenshot(page, 'report');

    // Printed: no navigation or controls, and each outcome starts a new page.
    expect(await page.locator('.site-header nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.evaluate<string[]>("[...document.querySelectorAll('.report-outcome')].map((e) => getComputedStyle(e).breakBefore)")).toEqual(r.outcomes.map(() => 'page'));
    await page.emulateMedia({ media: 'screen' });

    // The Word document of the same report, from the link.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('outcome-boards-2023-24-Q2.docx');
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    expect(await zip.file('word/document.xml')!.async('string')).toContain(`progress report for ${Q2}`);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
