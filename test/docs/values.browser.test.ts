/**
 * The Targeting values page (values.html) in Chromium: typing finds values under their code,
 * ignoring case and accents, at once and with no request; each code's section is linkable.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { targetingValues } from '../../src/catalog/index.ts';
import type { StaticServer } from '../../scripts/docs/serve.ts';
import { describeInBrowser, launchBrowser, screenshotPath, watch, type Watch } from './support/browser.ts';
import { serveSite } from './support/site.ts';

describeInBrowser('docs: the values page in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let seen: Watch;

  /** The values the page shows under `code`, top to bottom. */
  const shown = (code: string) => page.locator(`section#${code} tbody:visible tr`).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['value']));

  /** Types `query` into the search box: all but its last character at once, then a real keystroke. */
  async function type(query: string): Promise<void> {
    await page.locator('#q').fill(query.slice(0, -1));
    await page.locator('#q').press(query.slice(-1));
  }

  beforeAll(async () => {
    server = await serveSite();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    seen = await watch(page, server.url);
    await page.goto(`${server.url}values.html`);
    await page.locator('html[data-search="ready"]').waitFor();
    await page.screenshot({ path: screenshotPath('docs-values.png') });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['new yor', 'dma', 'New York'],
    ['NEW YORK', 'dma', 'New York'],
    ['dallas ft worth', 'dma', 'Dallas-Ft. Worth'],
    ['501', 'dma', 'New York'],
    ['sao paulo', 'city', 'São Paulo (BR)'],
    ['tokio', 'city', 'Tokyo (JP)'],
    ['ontario', 'state', 'Ontario (CA)'],
    ['CA-ON', 'state', 'Ontario (CA)'],
    ['québec', 'state', 'Quebec (CA)'],
    ['female', 'gender', 'Female'],
    ['55', 'age', '55 +'],
  ])('typing "%s" shows, under %s, %s', async (query, code, value) => {
    await type(query);
    expect(await shown(code)).toContain(value);
    expect(await page.locator(`section#${code} tbody.results tr`, { hasText: value }).first().isVisible()).toBe(true);
  });

  it('hides the codes without a match while searching, and shows every value again once cleared', async () => {
    await type('ontario');
    expect(await page.locator('section#age').isVisible()).toBe(false);
    expect(await page.locator('#summary').innerText()).toMatch(/^Matches in .*state/);
    await page.screenshot({ path: screenshotPath('docs-values-search.png') });
    await page.locator('#q').fill('');
    expect(await page.locator('section#age').isVisible()).toBe(true);
    expect(await shown('state')).toEqual(targetingValues('state').map((v) => v.value));
  });

  it('says so when nothing matches', async () => {
    await type('zzqxzzqx');
    expect(await page.locator('#summary').innerText()).toBe('No value matches.');
  });

  it('answers a keystroke within 100 ms, every code searched', async () => {
    const ms = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#q')!;
      const times: number[] = [];
      for (const query of ['s', 'sa', 'san', 'sant', 'santa', 'santa c', 'santa cr', 'santa cruz']) {
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input'));
        document.body.getBoundingClientRect(); // include the layout the results cause
        times.push(performance.now() - start);
      }
      return Math.max(...times);
    });
    expect(ms).toBeLessThan(100);
  });

  it('keeps the search in the address, so a search can be linked', async () => {
    await page.goto(`${server.url}values.html?q=ontario#state`);
    await page.locator('html[data-search="ready"]').waitFor();
    expect(await page.locator('#q').inputValue()).toBe('ontario');
    expect(await shown('state')).toContain('Ontario (CA)');
  });

  it.each(['dma', 'state'])('#%s opens the page at that code, heading in view, and its link in the page leads there', async (code) => {
    /** Whether the section's heading is on screen near the top and not under the sticky header or search box. */
    const inView = () =>
      page.locator(`section#${code} h2`).evaluate((h) => {
        const box = h.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + 5, box.top + box.height / 2);
        return box.top >= 0 && box.top < 300 && (top === h || h.contains(top));
      });
    await page.goto(`${server.url}values.html#${code}`);
    await page.locator('html[data-search="ready"]').waitFor();
    expect(await inView()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inView()).toBe(false);
    await page.locator(`nav.codes a[href="#${code}"]`).click();
    await expect.poll(inView).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${code}`);
  });

  it('logged no console error and sent no request outside localhost', () => {
    expect(seen).toEqual({ consoleErrors: [], pageErrors: [], outside: [], failed: [] });
  });
});
