/**
 * `npm run check:generated`: regenerates everything into a scratch folder and fails, naming
 * `npm run generate`, when any file differs from the committed src/generated/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './lib/generated.ts';
import { GENERATORS } from './lib/generators.ts';

const committed = join(ROOT, 'src/generated');
const scratch = mkdtempSync(join(tmpdir(), 'segment-targeting-check-'));

function walk(base: string, dir = base): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(base, path) : [relative(base, path)];
  });
}

try {
  for (const script of GENERATORS) {
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script)], {
      cwd: ROOT,
      env: { ...process.env, SEGMENT_TARGETING_GENERATED_DIR: scratch },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  }
  const fresh = new Set(walk(scratch));
  const kept = new Set(walk(committed).filter((f) => f !== 'README.md'));
  const problems: string[] = [];
  for (const file of fresh) {
    if (!kept.has(file)) problems.push(`missing: src/generated/${file}`);
    else if (!readFileSync(join(scratch, file)).equals(readFileSync(join(committed, file)))) {
      problems.push(`stale:   src/generated/${file}`);
    }
  }
  for (const file of kept) if (!fresh.has(file)) problems.push(`extra:   src/generated/${file}`);
  if (problems.length) {
    console.error(`src/generated/ does not match openapi/:\n  ${problems.join('\n  ')}\nRun \`npm run generate\` and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log(`src/generated/ matches openapi/ (${fresh.size} files).`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
