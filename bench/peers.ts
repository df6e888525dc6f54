/**
 * The peers the validator is measured against, each set up as its users would, from the same
 * bundled spec, and each exposed as `validate(text) -> valid`: a body arrives as JSON text, so
 * every contestant (ours included) parses it, as a server must.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import inject from 'light-my-request';
import { readFileSync } from 'node:fs';
import { OpenAPIBackend } from 'openapi-backend';
import { toErrorBody, validateTargetingJson } from '../src/validator/index.ts';

export const PATH = '/external/12345/segments/9876/targeting';
const specText = readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8');
const freshSpec = () => {
  const spec = JSON.parse(specText) as Record<string, unknown>;
  delete spec['x-generated'];
  return spec;
};

export interface Peer {
  readonly name: string;
  /** Validates the JSON text of a body; resolves to whether it is valid. */
  validate(text: string): boolean | Promise<boolean>;
  /** The error a client would get for `text`, as JSON text. */
  errorBody(text: string): string | Promise<string>;
}

export const ours: Peer = {
  name: 'segment-targeting',
  validate: (text) => validateTargetingJson(text).valid,
  errorBody: (text) => {
    const r = validateTargetingJson(text);
    return r.valid ? '' : JSON.stringify(toErrorBody(r));
  },
};

/** ajv as its README shows it: the spec's schemas compiled at start-up, default options. */
export function plainAjv(): Peer {
  const spec = freshSpec() as { components: { schemas: Record<string, unknown> } };
  const ajv = new Ajv2020({ strict: false });
  const schemas = JSON.parse(JSON.stringify(spec.components.schemas).replaceAll('#/components/schemas/', 'schemas.json#/$defs/'));
  ajv.addSchema({ $id: 'schemas.json', $defs: schemas });
  const validate = ajv.getSchema('schemas.json#/$defs/UpdateSegmentTargetingRequest')!;
  return {
    name: 'ajv (default options)',
    validate: (text) => validate(JSON.parse(text)) as boolean,
    errorBody: (text) => (validate(JSON.parse(text)) ? '' : JSON.stringify({ errors: validate.errors })),
  };
}

/** openapi-backend with `quick: true` (no spec validation at start-up). */
export async function openapiBackend(): Promise<Peer> {
  const api = new OpenAPIBackend({ definition: freshSpec() as never, quick: true, validate: true });
  await api.init();
  const request = (text: string) => ({ method: 'put', path: PATH, body: JSON.parse(text), headers: { 'content-type': 'application/json' } });
  return {
    name: 'openapi-backend (quick)',
    validate: (text) => api.validateRequest(request(text)).valid,
    errorBody: (text) => {
      const r = api.validateRequest(request(text));
      return r.valid ? '' : JSON.stringify({ err: r.errors });
    },
  };
}

/** express-openapi-validator in an Express app, called in-process (no socket) with light-my-request. */
export function expressOpenApiValidator(withValidator = true): Peer {
  const app = express();
  app.use(express.json({ limit: '2mb' }));
  if (withValidator) app.use(OpenApiValidator.middleware({ apiSpec: freshSpec() as never, validateRequests: true, validateResponses: false, validateSecurity: false }));
  app.put('/external/:campaignId/segments/:segmentId/targeting', (_req, res) => void res.json({ segmentId: 9876 }));
  app.use((err: { status?: number; message: string; errors?: unknown }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(err.status ?? 500).json({ message: err.message, errors: err.errors });
  });
  const send = (text: string) => inject(app, { method: 'PUT', url: PATH, payload: text, headers: { 'content-type': 'application/json', authorization: 'Bearer x' } });
  return {
    name: withValidator ? 'express-openapi-validator (in-process)' : 'express alone (in-process, no validation)',
    validate: async (text) => (await send(text)).statusCode === 200,
    errorBody: async (text) => {
      const res = await send(text);
      return res.statusCode === 200 ? '' : res.body;
    },
  };
}

/** The floor: parsing the body, which every validator must do first. */
export const jsonParse: Peer = {
  name: 'JSON.parse (floor)',
  validate: (text) => JSON.parse(text) !== undefined,
  errorBody: () => '',
};
