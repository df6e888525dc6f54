/**
 * The built site for the docs tests: built (`npm run build:docs`) when site/ is missing or was
 * built from other inputs, once even when several test files ask at the same time, then served
 * on 127.0.0.1 on a free port.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteIsFresh } from '../../../scripts/docs/inputs.ts';
import { SITE_DIR } from '../../../scripts/docs/paths.ts';
import { serveStatic, type StaticServer } from '../../../scripts/docs/serve.ts';
import { ROOT } from '../../support/spec.ts';

export { SITE_DIR };

const LOCK = `${SITE_DIR}.lock`;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Takes the build lock (a folder: creating it is atomic); one left by a dead run expires. */
async function lock(): Promise<void> {
  for (const started = Date.now(); ; await sleep(200)) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > 90_000) throw new Error(`waited 90 s for ${LOCK}; remove it if no build is running`);
    }
  }
}

/** Builds site/ unless it is up to date with its inputs. */
export async function ensureSite(): Promise<void> {
  if (siteIsFresh()) return;
  await lock();
  try {
    if (!siteIsFresh()) {
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-docs.ts')], { cwd: ROOT, stdio: 'pipe' });
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the site if needed and serves it. */
export async function serveSite(): Promise<StaticServer> {
  await ensureSite();
  return serveStatic(SITE_DIR);
}
