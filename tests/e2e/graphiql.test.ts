import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Database } from '../../src/neo4j/database.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';
import { launchBrowser, leftLocalhost, recordPolicyViolations, recordRequests } from '../helpers/browser.js';

let db: Database;
let server: TestServer;
let browser: Browser;

useSeededServer((env) => ({ db, server } = env));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('GraphiQL in a browser', () => {
  it('opens at /graphql, runs the first example query and shows plan data, all from 127.0.0.1, under the CSP', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests = recordRequests(page);
    const blocked = await recordPolicyViolations(page);
    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(async () => result.innerText(), { timeout: 30_000 }).toContain('Clean, Green Future');
    expect(await result.innerText()).toContain('"period": "2022-26"');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/graphiql.png' });
    expect(requests.length).toBeGreaterThan(3);
    expect(leftLocalhost(requests)).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('preloads one tab per example query', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/graphql`);
    await page.locator('.graphiql-tab').first().waitFor({ timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.join(' ')).toMatch(/PlanOutcomes.*SupportingActions.*CoverageGaps/s);
    await page.close();
  });
});
