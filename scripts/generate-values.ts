/**
 * Writes the spec's enums as runtime arrays:
 *   src/generated/codes.ts          the seven codes, their schemas, error codes and messages
 *   src/generated/values/<code>.ts  each code's values and, where the spec has it, their metadata
 *   src/generated/servers.ts        the spec's servers (the client's default base URL)
 * One file per code, so that the large lists (city, dma, state) load only where they are used.
 */
import { header, readBundledSpec, writeGenerated } from './lib/generated.ts';
import { constantName, targetingCodes } from './lib/targeting.ts';

const spec = readBundledSpec();
const codes = targetingCodes(spec);
const errorCode = spec.components.schemas['ValidationErrorCode'] as { 'x-messages': Record<string, string> };
const validationError = spec.components.schemas['ValidationError'] as { properties: { details: { maxItems: number } } };
const idSchema = (spec.components['parameters'] as Record<string, { schema: { minimum: number; maximum: number } }>)[
  'CampaignId'
]!.schema;
const json = (value: unknown) => JSON.stringify(value);
const doc = (text: string) => `/**\n${text.trim().split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;

for (const c of codes) {
  const name = constantName(c.code);
  const lines = [header('generate-values.ts')];
  lines.push(`import type { components } from '../openapi.js';\n\n`);
  lines.push(doc(`${c.description}\n\n@see #/components/schemas/${c.valueSchema}`));
  lines.push(`export const ${name}_VALUES: readonly components['schemas']['${c.valueSchema}'][] = [\n`);
  for (const v of c.values) lines.push(`  ${json(v)},\n`);
  lines.push('];\n');
  if (c.metadata) {
    const meta = c.metadata;
    const keys = Object.keys(meta[c.values[0]!] ?? {});
    const type = keys.map((k) => `readonly ${k}: ${typeof meta[c.values[0]!]![k]}`).join('; ');
    const typeName = `${c.valueSchema}Metadata`;
    lines.push(`\n/** What the spec's x-enum-metadata says of one ${c.valueSchema} value. */\n`);
    lines.push(`export interface ${typeName} { ${type} }\n`);
    lines.push(`\n/**\n * The metadata of each of ${name}_VALUES, in the same order (x-enum-metadata), as JSON text,\n`);
    lines.push(` * one value a line: loading a string costs next to nothing, so only code that reads the\n`);
    lines.push(` * metadata (the catalog, on first use) pays for parsing it; the validator never does.\n */\n`);
    lines.push(`export const ${name}_METADATA_JSON = String.raw\`[\n`);
    c.values.forEach((v, i) => {
      const m = meta[v];
      if (!m) throw new Error(`${c.valueSchema}: no x-enum-metadata for ${json(v)}`);
      const line = json(m);
      if (line.includes('`') || line.includes('${')) throw new Error(`${c.valueSchema}: metadata of ${json(v)} cannot be a raw template`);
      lines.push(`${line}${i < c.values.length - 1 ? ',' : ''}\n`);
    });
    lines.push(']`;\n');
  }
  writeGenerated(`values/${c.code}.ts`, lines.join(''));
}

const rules = Object.fromEntries(
  codes.map((c) => [
    c.code,
    {
      entrySchema: c.entrySchema,
      valueSchema: c.valueSchema,
      maxValues: c.maxValues,
      error: c.error,
      message: errorCode['x-messages'][c.error],
    },
  ]),
);
writeGenerated(
  'codes.ts',
  [
    header('generate-values.ts'),
    '\n',
    doc('The targeting codes, in the order of the discriminator mapping.\n\n@see #/components/schemas/TargetingEntry'),
    `export const TARGETING_CODES = ${json(codes.map((c) => c.code))} as const;\n\n`,
    doc('Per code: its schemas, how many values it takes, and the error an unknown value gets.'),
    `export const TARGETING_CODE_RULES = ${JSON.stringify(rules, null, 2)} as const;\n\n`,
    doc('The fixed message of each error code that has one.\n\n@see #/components/schemas/ValidationErrorCode'),
    `export const ERROR_MESSAGES = ${JSON.stringify(errorCode['x-messages'], null, 2)} as const;\n\n`,
    doc('How many problems a 400 lists at most.\n\n@see #/components/schemas/ValidationError/properties/details'),
    `export const MAX_ERROR_DETAILS = ${validationError.properties.details.maxItems};\n\n`,
    doc('The range of `campaignId` and `segmentId`.\n\n@see #/components/parameters/CampaignId'),
    `export const ID_RANGE = ${json({ minimum: idSchema.minimum, maximum: idSchema.maximum })} as const;\n`,
  ].join(''),
);

const servers = (spec['servers'] as { url: string; description: string }[]).map(({ url, description }) => ({ url, description }));
writeGenerated(
  'servers.ts',
  [
    header('generate-values.ts'),
    '\n',
    doc('The servers of the API, production first.\n\n@see #/servers'),
    `export const SERVERS = ${JSON.stringify(servers, null, 2)} as const;\n`,
  ].join(''),
);
