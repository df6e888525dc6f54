/**
 * `npm run build`, last step: replaces tsc's one-file-per-module JavaScript in dist/ with one
 * file per entry point (and shared chunks in dist/chunks/), bundled by esbuild. Loading two
 * dozen small modules costs more than the code in them: the validator's cold start (import to
 * first validation) halves. Declarations (.d.ts) stay as tsc wrote them; dependencies and
 * Node built-ins stay imports.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/generated.ts';

const dist = join(ROOT, 'dist');
/** The package's entry points (package.json `exports` and `bin`), as tsc wrote them. */
const ENTRIES = ['index', 'client/index', 'validator/index', 'catalog/index', 'server/index', 'cli/main'];

const scratch = join(ROOT, 'dist.bundle');
rmSync(scratch, { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(ENTRIES.map((e) => [e, join(dist, `${e}.js`)])),
  outdir: scratch,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

/** Every file below `dir`. */
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

// tsc's JavaScript (and its source maps) go; its declarations stay.
for (const file of walk(dist)) if (/\.js(\.map)?$/.test(file)) rmSync(file);
for (const file of walk(scratch)) {
  const target = join(dist, file.slice(scratch.length + 1));
  mkdirSync(join(target, '..'), { recursive: true });
  renameSync(file, target);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`bundled ${ENTRIES.length} entry points into dist/`);
