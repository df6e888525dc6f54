/**
 * ajv's copy of the spec's schemas. The spec stays as written; this copy differs only where ajv
 * needs it to, each for a reason measured or documented:
 * - `#/components/schemas/X` becomes `#/$defs/X`: one schema document ajv can compile;
 * - `discriminator.mapping` is removed: ajv's `discriminator` option rejects it, and
 *   openapi-typescript needs it in the spec to type `code` as a literal;
 * - `enum` of strings becomes `enumSet: "<schema name>"` (a Set lookup; the list itself stays out
 *   of ajv's copy, so standalone code holds it once), and the `maxLength` beside it goes, as the
 *   list already bounds the value; every enum is a component schema of its own (STYLE.md);
 * - an array of distinct values of one enum (`uniqueItems: true`, `items: { type: string, $ref }`)
 *   becomes `enumItems: "<schema name>"`: one pass, one lookup a value, for type, list and repeats;
 * - other `uniqueItems: true` and `x-unique-item-properties: [p]` become `distinct`, O(n) with
 *   every repeat reported;
 * - annotations (`title`, `description`, `example`, `x-*`) are removed: no validator uses them.
 */
import type { JsonSchema, OpenApiDocument } from './generated.ts';

export const AJV_SCHEMA_ID = 'segment-targeting.json';

const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples']);

export interface AjvSchema {
  schema: JsonSchema;
  /** Each enum's values, by the name of its component schema. */
  enums: Map<string, string[]>;
}

export function toAjvSchema(spec: OpenApiDocument): AjvSchema {
  const enums = new Map<string, string[]>();
  const $defs = Object.fromEntries(
    Object.entries(spec.components.schemas).map(([name, schema]) => [name, transform(schema, name, enums, spec)]),
  );
  return { schema: { $id: AJV_SCHEMA_ID, $defs }, enums };
}

/** The enum component an array's items are, when they must also be distinct: `State` for state values. */
function distinctEnumItems(schema: JsonSchema, spec: OpenApiDocument): string | null {
  const items = schema['items'] as JsonSchema | undefined;
  if (schema['type'] !== 'array' || schema['uniqueItems'] !== true || !items || items['type'] !== 'string') return null;
  const ref = items['$ref'];
  if (typeof ref !== 'string' || Object.keys(items).some((k) => k !== 'type' && k !== '$ref')) return null;
  const name = ref.replace('#/components/schemas/', '');
  return Array.isArray(spec.components.schemas[name]?.['enum']) ? name : null;
}

function transform(node: unknown, defName: string | null, enums: Map<string, string[]>, spec: OpenApiDocument): unknown {
  if (Array.isArray(node)) return node.map((n) => transform(n, null, enums, spec));
  if (node === null || typeof node !== 'object') return node;
  const source = node as JsonSchema;
  const out: JsonSchema = {};
  const enumItems = distinctEnumItems(source, spec);
  for (const [key, value] of Object.entries(source)) {
    if (enumItems && (key === 'items' || key === 'uniqueItems')) {
      out['enumItems'] = enumItems;
      continue;
    }
    if (key === '$ref' && typeof value === 'string') {
      out[key] = value.replace('#/components/schemas/', '#/$defs/');
    } else if (key === 'discriminator') {
      const { mapping: _mapping, ...rest } = value as JsonSchema;
      out[key] = rest;
    } else if (key === 'enum') {
      if (!defName || !Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        throw new Error('every enum is a list of strings in a component schema of its own');
      }
      enums.set(defName, value as string[]);
      out['enumSet'] = defName;
    } else if (key === 'maxLength' && Array.isArray(source['enum'])) {
      continue;
    } else if (key === 'uniqueItems') {
      if (value === true) out['distinct'] = true;
    } else if (key === 'x-unique-item-properties') {
      const [property, ...more] = value as string[];
      if (!property || more.length) throw new Error('x-unique-item-properties takes exactly one property');
      out['distinct'] = property;
    } else if (ANNOTATIONS.has(key) || key.startsWith('x-')) {
      continue;
    } else if (key === 'properties') {
      // Keys here are names, not keywords: keep them all, transform their schemas.
      const props = Object.entries(value as JsonSchema).map(([k, v]) => [k, transform(v, null, enums, spec)]);
      out[key] = Object.fromEntries(props);
    } else {
      out[key] = transform(value, null, enums, spec);
    }
  }
  return out;
}
