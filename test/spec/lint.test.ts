import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/spec.ts';

describe('spec lint', () => {
  it('passes redocly lint with no errors and no warnings', () => {
    const out = execFileSync(`${ROOT}node_modules/.bin/redocly`, ['lint', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { totals: { errors: number; warnings: number } };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('the enum files match the value lists in scripts/sources/', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}scripts/build-enums.ts`, '--check'], {
        cwd: ROOT,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
