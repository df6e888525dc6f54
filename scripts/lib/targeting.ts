/** Reads the targeting codes out of the bundled spec: one place that knows the spec's shape. */
import { refName, type JsonSchema, type OpenApiDocument } from './generated.ts';

export interface TargetingCodeSpec {
  code: string;
  entrySchema: string;
  valueSchema: string;
  values: string[];
  metadata: Record<string, Record<string, string | number>> | undefined;
  maxValues: number;
  error: string;
  description: string;
}

const REQUEST = 'UpdateSegmentTargetingRequest';

/** The codes in the order of `#/components/schemas/TargetingEntry` discriminator mapping. */
export function targetingCodes(spec: OpenApiDocument): TargetingCodeSpec[] {
  const schemas = spec.components.schemas;
  const request = schemas[REQUEST] as { properties: { targeting: { items: { $ref: string } } } };
  const entry = schemas[refName(request.properties.targeting.items.$ref)] as {
    discriminator: { mapping: Record<string, string> };
  };
  return Object.entries(entry.discriminator.mapping).map(([code, ref]) => {
    const entrySchema = refName(ref);
    const schema = schemas[entrySchema] as JsonSchema & {
      'x-invalid-value-error': string;
      properties: { values: { maxItems: number; items: { $ref: string } } };
    };
    const valueSchema = refName(schema.properties.values.items.$ref);
    const values = schemas[valueSchema] as JsonSchema & {
      enum: string[];
      description: string;
      'x-enum-metadata'?: Record<string, Record<string, string | number>>;
    };
    return {
      code,
      entrySchema,
      valueSchema,
      values: values.enum,
      metadata: values['x-enum-metadata'],
      maxValues: schema.properties.values.maxItems,
      error: schema['x-invalid-value-error'],
      description: values.description,
    };
  });
}

/** `device_type` -> `DEVICE_TYPE`: the prefix of a code's generated constants. */
export function constantName(code: string): string {
  return code.toUpperCase();
}
