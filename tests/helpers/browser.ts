/**
 * Debian's Chromium driven by playwright-core (a test tool's own browser download cannot work offline).
 * Every request the page makes is recorded, so a test can prove nothing left 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without these, Chromium phones home at start; on a closed network that is noise and delay.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Records the URL of every request the page makes. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function leftLocalhost(urls: string[]): string[] {
  return urls.filter((u) => !/^(data:|blob:|about:)/.test(u) && new URL(u).hostname !== '127.0.0.1');
}
