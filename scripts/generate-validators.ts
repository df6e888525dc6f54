/**
 * Writes src/generated/validators.ts: ajv standalone validators, precompiled from the spec, for
 * the request body and every response body of the operation. No `new Function` at run time (safe
 * under a strict Content-Security-Policy) and no dependency: ajv's runtime helpers are inlined and
 * the value lists are imported from src/generated/values/.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { createRequire } from 'node:module';
import { toAjvSchema, AJV_SCHEMA_ID } from './lib/ajv-schema.ts';
import { header, readBundledSpec, refName, writeGenerated } from './lib/generated.ts';
import { distinctKeyword } from './lib/keywords/distinct.ts';
import { enumItemsKeyword } from './lib/keywords/enum-items.ts';
import { enumSetKeyword } from './lib/keywords/enum-set.ts';
import { constantName, targetingCodes } from './lib/targeting.ts';

const spec = readBundledSpec();
const codes = targetingCodes(spec);

/** The schemas the operation uses: its request body and each response body, by status. */
function operationSchemas(): string[] {
  const paths = spec['paths'] as Record<string, Record<string, unknown>>;
  const names = new Set<string>();
  const responses = spec.components['responses'] as Record<string, JsonContent>;
  type JsonContent = { content: { 'application/json': { schema: { $ref: string } } } };
  for (const item of Object.values(paths)) {
    const put = item['put'] as { requestBody: JsonContent; responses: Record<string, JsonContent | { $ref: string }> };
    names.add(refName(put.requestBody.content['application/json'].schema.$ref));
    for (const response of Object.values(put.responses)) {
      const resolved = '$ref' in response ? responses[response.$ref.split('/').pop()!]! : response;
      names.add(refName(resolved.content['application/json'].schema.$ref));
    }
  }
  return [...names];
}

const imports = new Map(codes.map((c) => [c.valueSchema, `${constantName(c.code)}_VALUES`]));
const { schema, enums } = toAjvSchema(spec);
const ajv = new Ajv2020({
  allErrors: true,
  discriminator: true,
  strict: true,
  messages: false,
  code: { source: true, esm: true, lines: false },
});
ajv.addKeyword(enumSetKeyword(enums, imports));
ajv.addKeyword(enumItemsKeyword(enums, imports));
ajv.addKeyword(distinctKeyword);
ajv.addSchema(schema);

const schemas = operationSchemas();
const exports = Object.fromEntries(schemas.map((name) => [`validate${name}`, `${AJV_SCHEMA_ID}#/$defs/${name}`]));
// ajv's CommonJS default export, as Node's ESM loader presents it.
const standaloneCode = (standalone as unknown as { default: (ajv: Ajv2020, refs: Record<string, string>) => string })
  .default;
let code = standaloneCode(ajv, exports);

// ajv's ESM output still calls require() for its runtime helpers: inline them instead.
const require = createRequire(import.meta.url);
const helpers: string[] = [];
code = code.replace(/require\("(ajv\/dist\/runtime\/[\w]+)"\)(\.default)?/g, (_m: string, path: string, dflt?: string) => {
  const mod = require(path) as { default?: (...args: unknown[]) => unknown } & ((...args: unknown[]) => unknown);
  const fn = dflt ? mod.default! : mod;
  const name = `runtime_${path.split('/').pop()}`;
  if (!helpers.some((h) => h.startsWith(`const ${name} =`))) helpers.push(`const ${name} = ${fn.toString()};`);
  return name;
});
if (/\brequire\(/.test(code)) throw new Error('standalone code still calls require()');

// Type each export: the schema's generated type, and the raw errors src/validator translates.
code = code.replace(/^"use strict";/, '');
code = code.replace(/export const (validate\w+) = (validate\d+);/g, (_m: string, name: string, fn: string) => {
  const schema = name.slice('validate'.length);
  return `export const ${name} = ${fn} as unknown as StandaloneValidator<components['schemas']['${schema}']>;`;
});
code = code.replace(/export default \w+;/, '');

const used = codes.filter((c) => code.includes(`${constantName(c.code)}_VALUES`));
const out = [
  header('generate-validators.ts'),
  '// @ts-nocheck -- ajv standalone output; its exports are typed below each one.\n',
  "import type { components } from './openapi.js';\n",
  ...used.map((c) => `import { ${constantName(c.code)}_VALUES } from './values/${c.code}.js';\n`),
  '\n/** An error as ajv reports it; src/validator/ translates these, and no user sees one. */\n',
  'export interface RawValidationError {\n  instancePath: string;\n  schemaPath: string;\n  keyword: string;\n  params: Record<string, unknown>;\n}\n\n',
  '/** A precompiled validator: a type guard, with the errors of its last call. */\n',
  'export interface StandaloneValidator<T> {\n  (data: unknown): data is T;\n  errors?: RawValidationError[] | null;\n}\n\n',
  ...helpers.map((h) => `${h}\n`),
  code.trim(),
  '\n',
].join('');
writeGenerated('validators.ts', out);
