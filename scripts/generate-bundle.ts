/**
 * Bundles the split spec (openapi/) into one document:
 *   src/generated/openapi.json and src/generated/openapi.yaml
 * with Redocly, so that every other generator, the docs and the package read one file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DO_NOT_EDIT, ROOT, writeGenerated } from './lib/generated.ts';

const scratch = mkdtempSync(join(tmpdir(), 'segment-targeting-bundle-'));
try {
  const out = join(scratch, 'openapi.json');
  execFileSync(
    join(ROOT, 'node_modules/.bin/redocly'),
    ['bundle', join(ROOT, 'openapi/openapi.yaml'), '--output', out, '--ext', 'json'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const bundled = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  // JSON has no comments: the do-not-edit line is an extension, first in the document.
  const spec = { 'x-generated': `${DO_NOT_EDIT} (scripts/generate-bundle.ts)`, ...bundled };
  writeGenerated('openapi.json', `${JSON.stringify(spec, null, 2)}\n`);
  writeGenerated('openapi.yaml', `# ${DO_NOT_EDIT} (scripts/generate-bundle.ts)\n${stringify(bundled, { lineWidth: 0 })}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
