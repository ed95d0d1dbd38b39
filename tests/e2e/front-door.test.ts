/**
 * The front door, in Chromium: the explorer opens at the bare /explore and /explore/ (the README's link),
 * and every URL the README and the start-up banner print opens, GraphiQL and the explorer arriving
 * compressed (and still running).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { COMPRESS_FROM_BYTES } from '../../src/http/compress-responses.js';
import { readyBanner } from '../../src/ready-banner.js';
import type { TestServer } from '../helpers/test-server.js';
import { openExplorer, useExplorer, waitForView } from '../helpers/explorer-page.js';

let server: TestServer;
let browser: Browser;

useExplorer((env) => ({ server, browser } = env));

interface PrintedUrl {
  method: 'GET' | 'POST';
  path: string;
}

/** URLs of a local server in some text, as paths (the port and host are the test server's instead). */
function printedUrls(text: string, base: string): PrintedUrl[] {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(POST )?${escaped}(/[^\\s>)\`'"]*)?`, 'g');
  return [...text.matchAll(pattern)].map((m) => ({ method: m[1] ? 'POST' : 'GET', path: m[2] ?? '/' }));
}

interface Seen {
  method: string;
  path: string;
  encoding?: string;
  /** Decoded size; unknown when the page moved on before its body was read. */
  bytes?: number;
}

const seenOf = async (response: Response): Promise<Seen> => ({
  method: response.request().method(),
  path: new URL(response.url()).pathname,
  encoding: (await response.allHeaders())['content-encoding'],
  bytes: await response.body().then((b) => b.length, () => undefined),
});

/** Opens a URL as a person would and checks the page did what it is for. */
async function open(page: Page, path: string): Promise<Response> {
  const response = await page.goto(`${server.url}${path}`);
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBe(200);
  if (path.startsWith('/explore')) await waitForView(page);
  if (path === '/graphql') await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
  return response!;
}

describe('the front door', () => {
  it('opens the explorer at the bare /explore and /explore/, the README\'s link, keeping a query string', async () => {
    for (const bare of ['/explore', '/explore/']) {
      const { page, outside } = await openExplorer(browser, `${server.url}${bare}`);
      expect(new URL(page.url()).pathname).toBe('/explore/');
      expect(outside).toEqual([]);
      await page.context().close();
    }
    const redirect = await fetch(`${server.url}/explore?plan=2022-26`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/explore/?plan=2022-26']);
  });

  it('opens every URL the README and the start-up banner print, with GraphiQL, the explorer and the API\'s answers compressed', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const urls = [
      ...printedUrls(readme, 'http://127.0.0.1:4000'),
      ...printedUrls(readme, 'http://localhost:4000'),
      ...printedUrls(readyBanner(server.url, { uri: 'bolt://127.0.0.1:7687', managed: true }), server.url),
    ];
    const unique = [...new Map(urls.map((u) => [`${u.method} ${u.path}`, u])).values()];
    // The list itself is checked, so a change in how the README writes links cannot empty it unnoticed.
    expect(unique.map((u) => `${u.method} ${u.path}`)).toEqual(expect.arrayContaining(['GET /explore/', 'GET /graphql', 'GET /healthz', 'GET /readyz', 'POST /graphql']));

    const page = await browser.newPage();
    const seen: Promise<Seen>[] = [];
    page.on('response', (response) => seen.push(seenOf(response)));
    for (const url of unique) {
      if (url.method === 'POST') {
        const response = await fetch(`${server.url}${url.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
        expect(await response.json(), url.path).toMatchObject({ data: { __typename: 'Query' } });
      } else {
        await open(page, url.path);
      }
    }
    const responses = await Promise.all(seen);
    await page.close();

    // What Chromium received (and ran: GraphiQL and the explorer's view rendered above).
    const encodingOf = (pattern: RegExp) => responses.find((r) => r.method === 'GET' && pattern.test(r.path))?.encoding;
    expect(encodingOf(/^\/graphiql-assets\/graphiql\.min\.js$/)).toBe('br');
    expect(encodingOf(/^\/explore\/$/)).toBe('br');
    expect(encodingOf(/^\/explore\/assets\/cytoscape-.*\.js$/)).toBe('br');
    // The API's answers to the explorer: compressed from the threshold (1 kB) up, sent as they are below it.
    const answers = responses.filter((r) => r.method === 'POST' && r.path === '/graphql' && r.bytes !== undefined) as Required<Seen>[];
    expect(answers.some((r) => r.bytes >= COMPRESS_FROM_BYTES)).toBe(true);
    for (const answer of answers) expect(answer.encoding).toBe(answer.bytes >= COMPRESS_FROM_BYTES ? 'br' : undefined);
  });
});
