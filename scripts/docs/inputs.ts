/**
 * What the site is built from, and a fingerprint of it. build-docs writes the fingerprint into
 * the site; the docs tests and the benchmark rebuild when it differs (a stale or missing site).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, SITE_DIR } from './paths.ts';

/** Files and folders (relative to the root) whose content shapes the site. */
const INPUTS = ['src/generated', 'src/catalog', 'docs', 'scripts/docs', 'scripts/build-docs.ts', 'redocly.yaml', 'package-lock.json'];

export const STAMP_FILE = '.build-stamp';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of every input file's path and content. */
export function inputsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => files(join(ROOT, p)))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Whether site/ exists and was built from the inputs as they are now. */
export function siteIsFresh(dir = SITE_DIR): boolean {
  const stamp = join(dir, STAMP_FILE);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputsFingerprint();
}
