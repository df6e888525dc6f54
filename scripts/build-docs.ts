/**
 * Builds the docs site into site/ (git-ignored), fully static, from the bundled spec:
 *   index.html            the API reference (redocly build-docs, options in redocly.yaml)
 *   values.html           every value of every code, searchable (assets/values.js)
 *   getting-started.html  from docs/getting-started.md
 *   assets/               CSS, script, images
 * It builds into a scratch folder and then swaps it in, so a server reading site/ never sees
 * half a site.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleValuesScript } from './docs/bundle.ts';
import { gettingStartedPage } from './docs/getting-started.ts';
import { inputsFingerprint, STAMP_FILE } from './docs/inputs.ts';
import { externalLoads } from './docs/offline.ts';
import { DOCS_DIR, PAGES, SITE_DIR, SPEC_JSON } from './docs/paths.ts';
import { buildReference } from './docs/reference.ts';
import { valuesPage } from './docs/values-page.ts';

const started = performance.now();
const fingerprint = inputsFingerprint();
const out = `${SITE_DIR}.tmp-${process.pid}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });

try {
  buildReference(join(out, PAGES.reference));

  const spec = JSON.parse(readFileSync(SPEC_JSON, 'utf8')) as { components: { schemas: Record<string, { description?: string }> } };
  const pages: [string, string][] = [
    [PAGES.values, valuesPage(spec.components.schemas)],
    [PAGES.gettingStarted, gettingStartedPage()],
  ];
  for (const [file, html] of pages) {
    const loads = externalLoads(html);
    if (loads.length) throw new Error(`${file} would load from other hosts: ${loads.join(', ')}`);
    writeFileSync(join(out, file), html);
  }

  await bundleValuesScript(join(out, 'assets/values.js'));
  copyFileSync(join(DOCS_DIR, 'site.css'), join(out, 'assets/site.css'));
  for (const name of readdirSync(join(DOCS_DIR, 'assets'))) copyFileSync(join(DOCS_DIR, 'assets', name), join(out, 'assets', name));

  writeFileSync(join(out, STAMP_FILE), `${fingerprint}\n`);
  rmSync(SITE_DIR, { recursive: true, force: true });
  renameSync(out, SITE_DIR);
} catch (error) {
  rmSync(out, { recursive: true, force: true });
  throw error;
}

const kib = (file: string) => `${Math.round(readFileSync(join(SITE_DIR, file)).length / 1024)} KiB`;
console.log(
  `wrote ${SITE_DIR}/ in ${Math.round(performance.now() - started)} ms: ` +
    Object.values(PAGES)
      .map((file) => `${file} (${kib(file)})`)
      .concat(`assets/values.js (${kib('assets/values.js')})`)
      .join(', '),
);
