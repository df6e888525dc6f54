/**
 * The API reference page (index.html): `redocly build-docs` on the bundled spec, with the Redoc
 * options and page template of redocly.yaml (`openapi:`), then made fully static.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { externalLoads } from './offline.ts';
import { ROOT, SPEC_JSON } from './paths.ts';

/**
 * What Redoc still loads from Redocly's CDN with `--inlineBundle`: the logo of its "API docs by"
 * attribution. Each is replaced by a local copy in docs/assets/. The build fails if one is
 * missing, so a Redoc upgrade that moves them is noticed (and the browser tests would see it).
 */
const CDN_ASSETS: readonly [url: string, local: string][] = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'assets/redocly-logo-full.svg'],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', 'assets/redocly-logo-mini.svg'],
];

/** Hosts whose address must not be left anywhere in the page, even inside its scripts. */
const FORBIDDEN = /https?:\/\/(?:cdn\.redoc\.ly|cdn\.redocly\.com\/redoc\/|fonts\.(?:googleapis|gstatic)\.com)[^"'`\s)]*/g;

/**
 * Extensions Redoc never shows but would embed in the page: the values' metadata (the values
 * page shows it) is most of the spec's weight.
 */
const UNSHOWN = new Set(['x-enum-metadata', 'x-generated']);

function withoutUnshown(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutUnshown);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => !UNSHOWN.has(k)).map(([k, v]) => [k, withoutUnshown(v)]));
}

export function buildReference(outfile: string): void {
  const scratch = mkdtempSync(join(tmpdir(), 'segment-targeting-reference-'));
  const spec = join(scratch, 'openapi.json');
  writeFileSync(spec, JSON.stringify(withoutUnshown(JSON.parse(readFileSync(SPEC_JSON, 'utf8')))));
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/redocly'),
    ['build-docs', spec, '--output', outfile, '--inlineBundle', '--config', join(ROOT, 'redocly.yaml')],
    // Redoc reports telemetry from readers' browsers unless the page is built with it off.
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
  );
  rmSync(scratch, { recursive: true, force: true });
  // Quiet when it works: Redocly prints a banner (Node 20 support ending) on every run.
  if (run.status !== 0) throw new Error(`redocly build-docs failed:\n${run.stdout}${run.stderr}`);
  let html = readFileSync(outfile, 'utf8');
  for (const [url, local] of CDN_ASSETS) {
    if (!html.includes(url)) throw new Error(`build-docs: ${url} is no longer in Redoc's page; check what it loads now`);
    html = html.replaceAll(url, local);
  }
  if (!html.includes('"disableTelemetry":true')) throw new Error('build-docs: Redoc telemetry is not disabled');
  const left = [...externalLoads(html), ...(html.match(FORBIDDEN) ?? [])];
  if (left.length) throw new Error(`build-docs: the reference page would load from other hosts: ${left.join(', ')}`);
  writeFileSync(outfile, html);
}
