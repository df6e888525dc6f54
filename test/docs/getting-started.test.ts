/**
 * The getting-started page's TypeScript example compiles against the package as it is: a renamed
 * export, option or field breaks this test, not a reader's first request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../scripts/docs/paths.ts';
import { ROOT } from '../support/spec.ts';

/** The ```ts blocks of docs/getting-started.md. */
function examples(): string[] {
  const md = readFileSync(join(DOCS_DIR, 'getting-started.md'), 'utf8');
  return [...md.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Type errors of `code` as a module of the repository importing the package's source. */
function typeErrors(code: string): string[] {
  const file = join(ROOT, 'test/docs/getting-started.example.ts');
  const source = code.replaceAll(`from 'segment-targeting'`, `from '../../src/index.ts'`);
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, ROOT);
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name === file ? ts.createSourceFile(name, source, version) : read(name, version, ...rest));
  host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
  // The repository's strict flags, but `process.env.X` as readers write it.
  const options = { ...config.options, noEmit: true, noPropertyAccessFromIndexSignature: false };
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('docs: the getting-started page', () => {
  it('has a TypeScript example', () => {
    expect(examples().length).toBeGreaterThan(0);
  });

  it.each(examples().map((code, i) => [i + 1, code]))('example %i type-checks against the package', (_, code) => {
    expect(typeErrors(code)).toEqual([]);
  });
});
