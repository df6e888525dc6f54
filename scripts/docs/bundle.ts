/**
 * Bundles the values page's script (browser/values-search.ts, with the catalog and its value
 * lists) into one file for the browser, with esbuild.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./browser/values-search.ts', import.meta.url));

/** Writes the bundle to `outfile`; returns its size in bytes. */
export async function bundleValuesScript(outfile: string): Promise<number> {
  const result = await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
}
