/**
 * The package as users install it: packed with `npm pack` (which builds it), installed from the
 * tarball into a scratch project, then imported, required, type-checked and run there.
 * The build runs in a copy of the package, so the repository's `dist/` is left alone.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/spec.ts';

const exec = promisify(execFile);
const CONSUMER = join(ROOT, 'test/package/consumer');
const tmp = mkdtempSync(join(tmpdir(), 'segment-targeting-pack-'));
const project = join(tmp, 'project');
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };

const run = async (file: string, args: string[], cwd = project) => {
  try {
    return await exec(file, args, { cwd, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
  }
};
const npm = (args: string[], cwd?: string) => run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, cwd);
const node = async (script: string) => JSON.parse((await run(process.execPath, [script])).stdout) as Record<string, unknown>;

beforeAll(async () => {
  const copy = join(tmp, 'package');
  for (const file of ['package.json', 'README.md', 'LICENSE', 'tsconfig.json', 'tsconfig.build.json', 'src', 'scripts']) cpSync(join(ROOT, file), join(copy, file), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const { stdout } = await npm(['pack', '--json', '--pack-destination', tmp], copy);
  packed = JSON.parse(stdout.slice(stdout.indexOf('[')))[0];
  cpSync(CONSUMER, project, { recursive: true });
  for (const tpl of ['consumer.mts', 'consumer.cts']) cpSync(join(project, `${tpl}.tpl`), join(project, tpl));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await npm(['install', join(tmp, packed.filename), '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock']);
}, 90_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ENTRIES: [string, string[]][] = [
  ['.', ['createTargetingClient', 'validateTargetingRequest', 'searchTargetingValues', 'TargetingBadRequestError']],
  ['./client', ['createTargetingClient', 'DEFAULT_BASE_URL', 'TargetingError', 'TargetingNetworkError']],
  ['./validator', ['validateIds', 'validateTargetingJson', 'validateTargetingRequest', 'toErrorBody']],
  ['./catalog', ['TARGETING_CODES', 'targetingValues', 'searchTargetingValues']],
  ['./server', ['startReferenceServer']],
  ['./openapi.json', ['default']],
];

describe('the installed package', () => {
  it('ships the build and the spec, not sources, tests or source maps', () => {
    const paths = packed.files.map((f) => f.path);
    console.info(`tarball ${packed.filename}: ${packed.size} bytes, ${packed.unpackedSize} unpacked, ${paths.length} files`);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/client/index.js', 'dist/openapi.json', 'dist/cli/main.js']));
    expect(paths.filter((p) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(p) || p.endsWith('.map'))).toEqual([]);
  });

  it.each([
    ['import', 'esm.mjs'],
    ['require()', 'cjs.cjs'],
  ])('loads every entry point with %s', async (_how, script) => {
    const { stdout, stderr } = await run(process.execPath, [script]);
    expect(stderr).toBe('');
    const names = JSON.parse(stdout) as Record<string, unknown>;
    for (const [entry, want] of ENTRIES) expect(names[entry], entry).toEqual(expect.arrayContaining(want));
  });

  it('ships the bundled spec as JSON', () => {
    const spec = JSON.parse(readFileSync(join(project, 'node_modules/segment-targeting/dist/openapi.json'), 'utf8'));
    expect(spec.paths).toHaveProperty(['/external/{campaignId}/segments/{segmentId}/targeting']);
  });

  it('calls the installed reference server with the installed client', async () => {
    const out = await node('call.mjs');
    expect(out['ok']).toEqual({ data: { segmentId: 9876 } });
    expect(out['bad']).toMatchObject({ status: 400, error: 'invalid age group', source: 'client', details: [{ path: '/targeting/0/values/0', suggestions: ['55 +'] }] });
    expect(out['state']).toMatchObject({ age: ['55 +'] });
  });

  it('type-checks a consumer, where a wrong value does not compile', async () => {
    // The repository's TypeScript and @types/node: the scratch project installs only the package.
    const config = JSON.parse(readFileSync(join(CONSUMER, 'tsconfig.json'), 'utf8'));
    config.compilerOptions.typeRoots = [join(ROOT, 'node_modules/@types')];
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  });

  it('runs the segment-targeting bin', async () => {
    const { stdout } = await run(join(project, 'node_modules/.bin/segment-targeting'), ['--help']);
    expect(stdout).toMatch(/segment-targeting/);
  });
});
