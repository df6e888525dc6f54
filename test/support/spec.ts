/** The bundled spec and its parts, for tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Example {
  summary?: string;
  value: unknown;
  'x-request'?: unknown;
  'x-path-parameters'?: { campaignId: string; segmentId: string };
}
type Content = { 'application/json': { schema: { $ref: string }; examples: Record<string, { $ref: string } | Example> } };
interface Spec {
  paths: Record<string, { put: { requestBody: { content: Content }; responses: Record<string, { $ref?: string; content?: Content }> } }>;
  components: {
    schemas: Record<string, { enum?: string[]; 'x-enum-metadata'?: Record<string, Record<string, unknown>> } & Record<string, unknown>>;
    responses: Record<string, { content: Content }>;
    examples: Record<string, Example>;
  };
}

export const spec = JSON.parse(readFileSync(`${ROOT}src/generated/openapi.json`, 'utf8')) as Spec;
export const operation = Object.values(spec.paths)[0]!.put;

const last = (ref: string) => ref.split('/').pop()!;
const example = (e: { $ref: string } | Example): [string, Example] =>
  '$ref' in e ? [last(e.$ref), spec.components.examples[last(e.$ref)]!] : ['inline', e];

/** Every example of a body of the operation: where it is, its schema and the example. */
export function bodyExamples(): { where: string; schema: string; name: string; example: Example }[] {
  const out: { where: string; schema: string; name: string; example: Example }[] = [];
  const add = (where: string, content: Content) => {
    const media = content['application/json'];
    for (const e of Object.values(media.examples)) {
      const [name, ex] = example(e);
      out.push({ where, schema: last(media.schema.$ref), name, example: ex });
    }
  };
  add('request', operation.requestBody.content);
  for (const [status, response] of Object.entries(operation.responses)) {
    add(status, response.$ref ? spec.components.responses[last(response.$ref)]!.content : response.content!);
  }
  return out;
}

/** Lower case, accents removed: the sense in which two values would be confused. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
