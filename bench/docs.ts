/**
 * The docs site in Chromium: how soon the API reference and the values page are usable, what
 * they weigh over the wire (gzip, as GitHub Pages serves them), and how long a search keystroke
 * takes. Writes the "Docs site" section of bench/RESULTS.md.
 *   npx tsx bench/docs.ts [--runs 3]
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { siteIsFresh } from '../scripts/docs/inputs.ts';
import { PAGES, ROOT, SITE_DIR } from '../scripts/docs/paths.ts';
import { serveStatic } from '../scripts/docs/serve.ts';
import { CHROMIUM, launchBrowser } from '../test/docs/support/browser.ts';
import { machine, median, writeSection } from './results.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(args.runs);

interface Load {
  fcp: number;
  /** End of the last long task (> 50 ms) once the main thread has been quiet 2 s: when clicks work. */
  usable: number;
  load: number;
  transferred: number;
  decoded: number;
  requests: number;
}

/** Opens `url` in a fresh context (empty cache), CPU slowed `slowdown` times, and measures it. */
async function measure(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>, slowdown: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.route('**/*', (r) => (r.request().url().startsWith(url.slice(0, url.lastIndexOf('/'))) ? r.continue() : r.abort()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.addInitScript(() => {
    const w = window as unknown as { __longTaskEnds: number[] };
    w.__longTaskEnds = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTaskEnds.push(e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  await page.waitForTimeout(2000 * Math.min(slowdown, 2));
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const ends = (window as unknown as { __longTaskEnds: number[] }).__longTaskEnds;
    return {
      fcp,
      usable: Math.max(fcp, ...ends),
      load: nav.loadEventEnd,
      transferred: nav.transferSize + resources.reduce((n, r) => n + r.transferSize, 0),
      decoded: nav.decodedBodySize + resources.reduce((n, r) => n + r.decodedBodySize, 0),
      requests: 1 + resources.length,
    };
  });
  await context.close();
  return m;
}

/** Per-keystroke time of the values page's search (input event to laid-out results), in ms. */
async function keystrokes(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator('html[data-search="ready"]').waitFor();
  // As a reader does: to the box first (which builds the search indexes), then type.
  await page.locator('#q').focus();
  await page.waitForTimeout(500);
  const times = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#q')!;
    const out: number[] = [];
    for (const word of ['new york', 'sao paulo', 'ontario', 'dallas ft worth', 'santa cruz', 'ca-on', '501']) {
      for (let i = 1; i <= word.length; i++) {
        const start = performance.now();
        input.value = word.slice(0, i);
        input.dispatchEvent(new Event('input'));
        document.body.getBoundingClientRect();
        out.push(performance.now() - start);
      }
    }
    return out;
  });
  await page.close();
  return times;
}

const ms = (xs: number[]) => `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

if (!siteIsFresh()) execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-docs.ts'], { cwd: ROOT, stdio: 'inherit' });
const server = await serveStatic(SITE_DIR);
const browser = await launchBrowser();
const version = browser.version();
const pages: [string, string, (page: Page) => Promise<unknown>][] = [
  ['API reference', PAGES.reference, (p) => p.getByRole('heading', { name: /Merge semantics/ }).waitFor()],
  ['Targeting values', PAGES.values, (p) => p.locator('html[data-search="ready"]').waitFor()],
];
const rows: string[] = [];
for (const [name, file, ready] of pages) {
  for (const slowdown of [1, 4]) {
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await measure(browser, `${server.url}${file}`, ready, slowdown));
    const l = loads[0]!;
    rows.push(
      `| ${name} | ${slowdown === 1 ? 'none' : `${slowdown}× slower CPU`} | ${ms(loads.map((x) => x.fcp))} | ${ms(loads.map((x) => x.usable))} | ${ms(loads.map((x) => x.load))} | ${kib(l.transferred)} | ${kib(l.decoded)} | ${l.requests} |`,
    );
    console.log(rows.at(-1));
  }
}
const keys = await keystrokes(browser, `${server.url}${PAGES.values}`);
await browser.close();
await server.close();

const section = `## Docs site

${await machine()}, ${CHROMIUM} (Chromium ${version}), headless, 1400×1000, empty cache, served by
\`scripts/docs/serve.ts\` on 127.0.0.1 with gzip (as GitHub Pages serves it). Reproduce:
\`npx tsx bench/docs.ts --runs ${RUNS}\` (builds the site first if it is stale).

| page | CPU | first paint, ms | usable, ms | load event, ms | transferred | uncompressed | requests |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

The two cores were shared with other work while measuring: expect ±30% between runs.
Times are the median of ${RUNS} loads (min–max). **Usable** is when the main thread is free for
clicks: the end of the last long task (over 50 ms), after which it stayed quiet for 2 s; for the
reference that is when Redoc has hydrated the server-rendered page (its text shows at first paint).
**Transferred** is every byte over the wire (headers included); the reference page inlines Redoc
(about 2.2 MiB of script) and the spec, the values page carries every value of every code
in its HTML and its search script.

Values page search, per keystroke (input event to laid-out results, all seven codes searched,
${keys.length} keystrokes, after the box got focus): median ${median(keys).toFixed(1)} ms, max ${Math.max(...keys).toFixed(1)} ms.
`;
writeSection('docs', section);
console.log(section);
