/**
 * Chromium for the docs tests: Debian's `chromium`, driven by playwright-core (its own browser
 * download does not work here). Missing, the tests are skipped with a loud notice, unless
 * SEGMENT_TARGETING_REQUIRE_BROWSER=1 (as in .ci/run), which makes a missing browser a failure.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { ROOT } from '../../support/spec.ts';

/** Another Chromium or Chrome can be named, e.g. `/usr/bin/google-chrome` on GitHub's runners. */
export const CHROMIUM = process.env['SEGMENT_TARGETING_CHROMIUM'] ?? '/usr/bin/chromium';
const required = process.env['SEGMENT_TARGETING_REQUIRE_BROWSER'] === '1';
const available = existsSync(CHROMIUM);

/** Where screenshots go (git-ignored): look at them after a run. */
export const RESULTS_DIR = join(ROOT, 'test-results');

/** `describe`, or a skip with a notice nobody can miss when there is no browser. */
export function describeInBrowser(name: string, body: () => void): void {
  if (available || required) {
    describe(name, body);
    return;
  }
  const line = `SKIPPED "${name}": no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) to run the docs browser tests; SEGMENT_TARGETING_REQUIRE_BROWSER=1 makes this a failure.`;
  console.warn(`\n${'!'.repeat(100)}\n${line}\n${'!'.repeat(100)}\n`);
  describe.skip(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  if (!available) throw new Error(`No Chromium at ${CHROMIUM}, and SEGMENT_TARGETING_REQUIRE_BROWSER=1 requires one.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What went wrong while a page was open: console errors, uncaught errors, failed or outside requests. */
export interface Watch {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Requests to any other origin than the site's: blocked, and listed here. */
  readonly outside: string[];
  /** Requests to the site that failed (not merely cancelled by a navigation) or got a 4xx or 5xx. */
  readonly failed: string[];
}

/**
 * Watches `page`: every request is routed, and one for another origin than `origin` is aborted
 * and recorded (so no test ever reaches the network). `data:` and `blob:` stay in the page.
 */
export async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { consoleErrors: [], pageErrors: [], outside: [], failed: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('websocket', (ws) => w.outside.push(ws.url()));
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? 'failed';
    // ERR_ABORTED: the page navigated away before it finished (a favicon, typically).
    if (r.url().startsWith(origin) && why !== 'net::ERR_ABORTED') w.failed.push(`${r.url()}: ${why}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) w.failed.push(`${r.url()}: ${r.status()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    w.outside.push(url);
    return route.abort('blockedbyclient');
  });
  return w;
}

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}
