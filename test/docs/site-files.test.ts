/** The built site's files, read as text: complete, linked together, loading nothing from elsewhere. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { targetingValues, TARGETING_CODES } from '../../src/catalog/index.ts';
import { externalLoads } from '../../scripts/docs/offline.ts';
import { DOCS_DIR, PAGES } from '../../scripts/docs/paths.ts';
import { spec } from '../support/spec.ts';
import { ensureSite, SITE_DIR } from './support/site.ts';

/** What build-docs writes: the pages and the assets. */
const SITE_FILES = [
  ...Object.values(PAGES),
  'assets/site.css',
  'assets/values.js',
  ...readdirSync(join(DOCS_DIR, 'assets')).map((name) => `assets/${name}`),
];

const read = (file: string) => readFileSync(join(SITE_DIR, file), 'utf8');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The HTML of the values page's section `code`. */
function section(code: string): string {
  const html = read(PAGES.values);
  const start = html.indexOf(`<section id="${code}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}

/** Every relative link written in the spec's Markdown: `[text](values.html#dma)`. */
function specLinks(): string[] {
  const links = [...JSON.stringify(spec).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  return links.filter((l) => !/^[a-z]+:/.test(l));
}

/** Whether a relative link (`file#id`) names a file of the site and, if any, an id in it. */
function resolves(link: string, from: string): boolean {
  const [path = '', id] = link.split('#');
  const file = path || from;
  if (!existsSync(join(SITE_DIR, file))) return false;
  return id === undefined || id.startsWith('/') || read(file).includes(`id="${id}"`);
}

describe('docs: the built site', () => {
  beforeAll(ensureSite);

  it.each(Object.values(PAGES))('has %s', (file) => {
    expect(read(file)).toMatch(/^<!DOCTYPE html>/i);
  });

  it.each(TARGETING_CODES.map((code) => [code]))('values.html lists every %s value, in the spec order', (code) => {
    const rows = [...section(code).matchAll(/<tr data-value="([^"]*)"/g)].map((m) => unescape(m[1]!));
    expect(rows).toEqual(targetingValues(code).map((v) => v.value));
  });

  it.each([
    ['dma', 'New York', ['501']],
    ['dma', 'Dallas-Ft. Worth', ['623']],
    ['state', 'Ontario (CA)', ['CA-ON', 'Canada']],
    ['state', 'Tokyo (JP)', ['JP-13', 'Japan']],
    ['city', 'São Paulo (BR)', ['Brazil', 'South America', '3448439']],
  ])('values.html shows the metadata of %s %s', (code, value, cells) => {
    const row = section(code).match(new RegExp(`<tr data-value="${value.replace(/[.()]/g, '\\$&')}">.*?</tr>`))?.[0] ?? '';
    for (const cell of cells) expect(row).toContain(cell);
  });

  it.each(specLinks().map((l) => [l]))('the spec link %s leads to a page and section of the site', (link) => {
    expect(resolves(link, PAGES.reference)).toBe(true);
  });

  it.each([PAGES.values, PAGES.gettingStarted])('every relative link and asset of %s exists', (file) => {
    const refs = [...read(file).matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => unescape(m[1]!));
    const local = refs.filter((r) => !/^[a-z]+:/.test(r));
    expect(local.length).toBeGreaterThan(3);
    expect(local.filter((r) => !resolves(r, file))).toEqual([]);
  });

  it.each(SITE_FILES.map((f) => [f]))(
    '%s loads nothing from another host',
    (file) => {
      const text = read(file);
      expect(externalLoads(text)).toEqual([]);
      expect(text).not.toMatch(/cdn\.redoc\.ly|cdn\.redocly\.com\/redoc\/|fonts\.googleapis|fonts\.gstatic/);
    },
  );

  it('the reference page sends no telemetry', () => {
    expect(read(PAGES.reference)).toContain('"disableTelemetry":true');
  });
});
