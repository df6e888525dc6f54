/** Shared by the server tests: a server on a loopback port, a request helper, the spec's bodies. */
import {
  validateNotFoundError,
  validatePayloadTooLargeError,
  validateUnauthorizedError,
  validateUnsupportedMediaTypeError,
  validateUpdateSegmentTargetingResponse,
  validateValidationError,
  type StandaloneValidator,
} from '../../src/generated/validators.ts';
import { DEMO_ADVERTISER_TOKEN, DEMO_CAMPAIGN_ID, DEMO_SEGMENT_ID } from '../../src/server/index.ts';

export const targetingPath = (campaignId: string | number, segmentId: string | number) =>
  `/external/${campaignId}/segments/${segmentId}/targeting`;

/** A valid body: the spec's canonical request (`#/components/examples/UpdateGender`). */
export const VALID_BODY = { targeting: [{ code: 'gender', values: ['Female'] }] };

export interface Put {
  campaignId?: string | number;
  segmentId?: string | number;
  /** The whole Authorization header; `token` builds a Bearer one. */
  authorization?: string | null;
  token?: string;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  contentType?: string | null;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Sends a PUT to the operation's path (demo ids, demo advertiser token and a valid body unless told). */
export async function put(baseUrl: string, p: Put = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  const authorization = p.authorization === undefined ? `Bearer ${p.token ?? DEMO_ADVERTISER_TOKEN}` : p.authorization;
  if (authorization !== null) headers['authorization'] = authorization;
  const contentType = p.contentType === undefined ? 'application/json' : p.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  const body = p.body === undefined ? VALID_BODY : p.body;
  const res = await fetch(baseUrl + targetingPath(p.campaignId ?? DEMO_CAMPAIGN_ID, p.segmentId ?? DEMO_SEGMENT_ID), {
    method: 'PUT',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
}

const BODY_SCHEMAS: Record<number, StandaloneValidator<unknown>> = {
  200: validateUpdateSegmentTargetingResponse,
  400: validateValidationError,
  403: validateUnauthorizedError,
  404: validateNotFoundError,
  413: validatePayloadTooLargeError,
  415: validateUnsupportedMediaTypeError,
};

/** The schema errors of a response of the operation (empty when it matches the spec). */
export function specErrors(answer: Answer): unknown[] {
  const validate = BODY_SCHEMAS[answer.status];
  if (!validate) return [`status ${answer.status} is not in the spec`];
  if (!/^application\/json\b/.test(answer.headers.get('content-type') ?? '')) return ['content-type is not JSON'];
  return validate(answer.body) ? [] : (validate.errors ?? ['invalid']);
}
