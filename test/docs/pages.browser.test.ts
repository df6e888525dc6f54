/** Every page of the site in Chromium: it opens, it is complete, and it stays on localhost. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PAGES } from '../../scripts/docs/paths.ts';
import type { StaticServer } from '../../scripts/docs/serve.ts';
import { describeInBrowser, launchBrowser, screenshotPath, watch } from './support/browser.ts';
import { serveSite } from './support/site.ts';

describeInBrowser('docs: every page in a browser', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveSite();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    [PAGES.reference, 'Update Segment Targeting', ['Merge semantics', 'Order of checks', 'Targeting values', 'Getting started']],
    [PAGES.values, 'Targeting values', ['device_type', 'Dallas-Ft. Worth', 'Tokyo (JP)', 'São Paulo (BR)']],
    [PAGES.gettingStarted, 'Getting started', ['createTargetingClient', 'segment-targeting validate body.json', 'demo-advertiser-token', 'http://localhost:4010']],
  ])('%s opens with no console error and no request outside localhost', async (file, title, texts) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = await watch(page, server.url);
    await page.goto(`${server.url}${file}`, { waitUntil: 'networkidle' });
    expect(await page.title()).toContain(title);
    // The page's content (not its scripts), laid out or not: the values page leaves sections off
    // screen unrendered (content-visibility), which innerText would skip.
    const text = (await page.locator('#redoc, main').first().textContent()) ?? '';
    for (const t of texts) expect(text).toContain(t);
    await page.screenshot({ path: screenshotPath(`docs-page-${file.replace('.html', '')}.png`) });
    await page.close();
    expect(seen).toEqual({ consoleErrors: [], pageErrors: [], outside: [], failed: [] });
  });
});
