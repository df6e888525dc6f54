/**
 * The validator is precompiled: it must run where code generation from strings is forbidden, as
 * under a Content-Security-Policy without 'unsafe-eval'. A V8 context with
 * `codeGeneration: { strings: false }` forbids `eval` and `new Function` the same way.
 */
import { build } from 'esbuild';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/spec.ts';

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [`${ROOT}${entry}`],
    bundle: true,
    format: 'iife',
    globalName: 'lib',
    platform: 'browser', // a Node built-in in the validator's graph fails here
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

describe('validator without eval', () => {
  it('validates, rejects and suggests in a context that forbids code generation from strings', async () => {
    const context = createContext({}, { codeGeneration: { strings: false, wasm: false } });
    expect(() => runInContext('new Function("return 1")', context)).toThrow();
    runInContext(await bundle('src/validator/index.ts'), context);
    const result = runInContext(
      `[
        lib.validateTargetingJson('{"targeting":[{"code":"state","values":["Ontario (CA)"]}]}').valid,
        JSON.stringify(lib.validateTargetingJson('{"targeting":[{"code":"state","values":["Ontaro (CA)"]}]}').details),
      ]`,
      context,
    ) as [boolean, string];
    expect(result[0]).toBe(true);
    expect(JSON.parse(result[1])).toEqual([
      { error: 'invalid state', message: 'State value not supported', path: '/targeting/0/values/0', value: 'Ontaro (CA)', suggestions: ['Ontario (CA)'] },
    ]);
  });
});
