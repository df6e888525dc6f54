/**
 * The size budget of the client, measured with esbuild as a web page's bundler would build it:
 * minified, ESM, code splitting, for the browser. What loads with the client (its entry chunk and
 * every chunk it imports statically) must stay under the budget; the large value lists (city,
 * dma, state) must load only with the validator, on the first call, through a dynamic import.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type OutputFile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/spec.ts';

/** The budget the README states. Raise it only with a reason in the changelog. */
export const CLIENT_BUDGET = { minified: 20 * 1024, gzip: 8 * 1024 };
const LARGE_LISTS = ['city', 'dma', 'state'].map((code) => `src/generated/values/${code}.ts`);

interface Chunk {
  readonly bytes: number;
  readonly gzip: number;
  readonly inputs: string[];
  readonly staticImports: string[];
  readonly dynamicImports: string[];
}

async function bundle(entry: string): Promise<Map<string, Chunk> & { entry: string }> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser', // a Node built-in anywhere in the graph fails the build
    target: 'es2022',
    minify: true,
    write: false,
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map<string, OutputFile>(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/out/') + 1), f]));
  const chunks = new Map<string, Chunk>() as Map<string, Chunk> & { entry: string };
  for (const [path, output] of Object.entries((result.metafile as Metafile).outputs)) {
    const contents = files.get(path)!.contents;
    chunks.set(path, {
      bytes: contents.length,
      gzip: gzipSync(contents, { level: 9 }).length,
      inputs: Object.keys(output.inputs),
      staticImports: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      dynamicImports: output.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
    });
    if (output.entryPoint === entry) chunks.entry = path;
  }
  return chunks;
}

/** The chunks loaded with `from`: it and, transitively, what it imports statically. */
function closure(chunks: Map<string, Chunk>, from: string): string[] {
  const seen = new Set<string>([from]);
  for (const path of seen) for (const next of chunks.get(path)!.staticImports) seen.add(next);
  return [...seen];
}

describe('client size budget', () => {
  let chunks: Awaited<ReturnType<typeof bundle>>;
  let loaded: string[];
  beforeAll(async () => {
    chunks = await bundle('src/client/index.ts');
    loaded = closure(chunks, chunks.entry);
  });
  const sum = (key: 'bytes' | 'gzip') => loaded.reduce((n, path) => n + chunks.get(path)![key], 0);

  it.each([
    ['minified', 'bytes', CLIENT_BUDGET.minified],
    ['minified and gzipped', 'gzip', CLIENT_BUDGET.gzip],
  ] as const)('what loads with the client, %s, fits the budget', (_name, key, budget) => {
    const size = sum(key);
    console.info(`client entry ${key === 'gzip' ? 'gzip' : 'minified'}: ${size} bytes (budget ${budget})`);
    expect(size).toBeLessThanOrEqual(budget);
  });

  it('leaves the large value lists and the validators out of what loads with the client', () => {
    const inputs = loaded.flatMap((path) => chunks.get(path)!.inputs);
    expect(inputs.filter((i) => LARGE_LISTS.includes(i) || i.endsWith('generated/validators.ts'))).toEqual([]);
  });

  it('loads them on demand, through a dynamic import of the validator', () => {
    const lazy = chunks.get(chunks.entry)!.dynamicImports.flatMap((path) => closure(chunks, path));
    const inputs = lazy.flatMap((path) => chunks.get(path)!.inputs);
    expect(inputs).toEqual(expect.arrayContaining([...LARGE_LISTS, 'src/validator/index.ts']));
    const size = lazy.reduce((n, path) => n + chunks.get(path)!.gzip, 0);
    console.info(`validator chunk, loaded on the first call: ${size} bytes gzipped`);
  });

  it.each(['src/validator/index.ts', 'src/catalog/index.ts'])('%s builds for the browser (no Node built-ins)', async (entry) => {
    await expect(bundle(entry)).resolves.toBeDefined();
  });
});
