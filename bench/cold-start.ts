/**
 * Cold start: a fresh Node process from `import` to its first validation, for the precompiled
 * validator (as `npm run build` writes it into dist/) and for ajv compiling the spec's schemas at start-up.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './results.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const body = JSON.stringify({ targeting: [{ code: 'state', values: ['California (US)'] }] });

const scripts: [string, string][] = [
  [
    'segment-targeting (precompiled, dist/validator)',
    `const t0 = performance.now();
     const { validateTargetingJson } = await import('./dist/validator/index.js');
     if (!validateTargetingJson(${JSON.stringify(body)}).valid) throw new Error('invalid');
     console.log(performance.now() - t0);`,
  ],
  [
    'ajv compiling the spec at start-up',
    `const t0 = performance.now();
     const { Ajv2020 } = await import('ajv/dist/2020.js');
     const { readFileSync } = await import('node:fs');
     const spec = JSON.parse(readFileSync('./src/generated/openapi.json', 'utf8'));
     const ajv = new Ajv2020({ strict: false });
     ajv.addSchema({ $id: 's.json', $defs: JSON.parse(JSON.stringify(spec.components.schemas).replaceAll('#/components/schemas/', 's.json#/$defs/')) });
     const validate = ajv.getSchema('s.json#/$defs/UpdateSegmentTargetingRequest');
     if (!validate(JSON.parse(${JSON.stringify(body)}))) throw new Error('invalid');
     console.log(performance.now() - t0);`,
  ],
];

export function coldStarts(runs: number): [string, number][] {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const samples = scripts.map(([name]) => [name, [] as number[]] as const);
  for (let r = 0; r < runs; r++) {
    scripts.forEach(([, code], i) => {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
      samples[i]![1].push(Number(out.trim()));
    });
  }
  return samples.map(([name, xs]) => [name, median(xs)]);
}
