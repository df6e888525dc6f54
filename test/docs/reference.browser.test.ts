/**
 * The API reference (index.html) in Chromium: the operation, each response, the request examples
 * and every error example render, and shown whole (`jsonSamplesExpandLevel: all`).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { StaticServer } from '../../scripts/docs/serve.ts';
import { TARGETING_CODES, targetingValues } from '../../src/catalog/index.ts';
import { bodyExamples, operation, ROOT, spec } from '../support/spec.ts';
import { describeInBrowser, launchBrowser, screenshotPath, watch, type Watch } from './support/browser.ts';
import { serveSite } from './support/site.ts';

/** How many values of an enum the reference shows before "+N more" (redocly.yaml). */
const MAX_ENUM_VALUES = (parse(readFileSync(`${ROOT}redocly.yaml`, 'utf8')) as { openapi: { maxDisplayedEnumValues: number } }).openapi.maxDisplayedEnumValues;
const op = operation as typeof operation & { summary: string; operationId: string };
type ErrorBody = { error?: string; message?: string; details?: { path?: string }[] };

const statuses = Object.keys(operation.responses);
const examples = bodyExamples();
const requestExamples = examples.filter((e) => e.where === 'request');
/** Every example of an error response, with its status and how many examples that status has. */
const errorExamples = statuses
  .filter((status) => status >= '400')
  .flatMap((status) => {
    const own = examples.filter((e) => e.where === status);
    return own.map((e) => ({ status, summary: e.example.summary ?? e.name, body: e.example.value as ErrorBody, several: own.length > 1 }));
  });

/** The strings of an example, as its JSON sample shows them. */
const strings = (value: unknown): string[] => JSON.stringify(value).match(/"(?:[^"\\]|\\.)*"/g) ?? [];

describeInBrowser('docs: the API reference in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let seen: Watch;
  const panel = (kind: 'request' | 'response'): Locator =>
    page
      .getByTestId('right-panel')
      .locator('[data-component-name="Panel/Panel"]')
      .filter(kind === 'request' ? { hasText: 'Payload' } : { has: page.getByRole('combobox', { name: 'Response media type' }) });

  /** Picks an example in a panel's example menu. */
  async function pick(where: Locator, summary: string): Promise<void> {
    await where.getByRole('button', { name: 'Example' }).click();
    await page.getByRole('menuitem', { name: summary, exact: true }).click();
  }

  beforeAll(async () => {
    server = await serveSite();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    seen = await watch(page, server.url);
    await page.goto(`${server.url}index.html`);
    await page.getByRole('heading', { name: /Merge semantics/ }).waitFor();
    await page.screenshot({ path: screenshotPath('docs-reference.png') });
    // The reader's way in: the sidebar's tag, then the operation.
    await page.getByText('Targeting', { exact: true }).first().click();
    await page.getByText(op.summary, { exact: true }).first().click();
    await panel('response').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the operation from the sidebar, with its summary, method and path', async () => {
    expect(page.url()).toContain(`#/targeting/${op.operationId.toLowerCase()}`);
    expect(await page.locator('h1', { hasText: op.summary }).isVisible()).toBe(true);
    const path = Object.keys(spec.paths)[0]!;
    expect(await panel('request').getByRole('button', { name: `PUT ${path}` }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('docs-reference-operation.png') });
  });

  it('has a tab for every response of the spec', async () => {
    const tabs = page.getByRole('tablist', { name: 'Response status' }).getByRole('tab');
    expect(await tabs.allInnerTexts()).toEqual(statuses);
  });

  it.each(['city', 'dma', 'state'] as const)('collapses the long %s list behind "+N more", and shows the seven codes whole', async (code) => {
    await page.getByRole('button', { name: new RegExp(`^(${TARGETING_CODES.join('|')})$`) }).first().click();
    await page.getByRole('menuitem', { name: code, exact: true }).click();
    const more = await page.getByRole('button', { name: /^\+\d+ more$/ }).allInnerTexts();
    expect(more).toEqual([`+${targetingValues(code).length - MAX_ENUM_VALUES} more`]);
  });

  it.each(requestExamples.map((e) => [e.example.summary ?? e.name, e.example.value] as const))(
    'shows the request example "%s" whole',
    async (summary, value) => {
      await pick(panel('request'), summary);
      const text = await panel('request').innerText();
      for (const s of strings(value)) expect(text).toContain(s);
    },
  );

  it.each(errorExamples.map((e) => [e.status, e.summary, e] as const))('shows the %s example "%s" whole', async (status, summary, e) => {
    const response = panel('response');
    await response.getByRole('button', { name: status, exact: true }).click();
    if (e.several) await pick(response, summary);
    const text = await response.innerText();
    expect(text).toContain(JSON.stringify(e.body.error));
    expect(text).toContain(JSON.stringify(e.body.message));
    for (const detail of e.body.details ?? []) expect(text).toContain(JSON.stringify(detail.path));
  });

  it('logged no console error and sent no request outside localhost', async () => {
    // Last: after every click above.
    const response = panel('response');
    await response.getByRole('button', { name: '400', exact: true }).click();
    await pick(response, errorExamples.find((e) => e.status === '400')!.summary);
    await response.screenshot({ path: screenshotPath('docs-reference-400-example.png') });
    expect(seen).toEqual({ consoleErrors: [], pageErrors: [], outside: [], failed: [] });
  });
});
