/**
 * The token: resolved before every attempt (so a function can rotate it), sent only in the
 * `Authorization` header, and scrubbed from anything the client says.
 */
import type { Middleware } from 'openapi-fetch';
import type { TokenSource } from './options.js';

/** A token function threw: the client rejects with the caller's own error rather than hiding it. */
export class TokenSourceFailure {
  constructor(readonly original: unknown) {}
}

/** RFC 6750 `b64token` is narrower; this is what a header can carry without the runtime echoing it back. */
const VISIBLE_ASCII = /^[\x21-\x7E]+$/;

function checked(token: unknown): string {
  // The message never includes the value: a bad token may still be a real secret.
  if (typeof token !== 'string' || !VISIBLE_ASCII.test(token)) {
    throw new TypeError('token must be a non-empty string of visible ASCII characters (not shown here)');
  }
  return token;
}

export interface Auth {
  /** Sets `Authorization` on every request, the wrapper's and `client.raw`'s. */
  readonly middleware: Middleware;
  /** Replaces every token this client has sent with `[redacted]`. */
  redact(text: string): string;
}

export function createAuth(source: TokenSource): Auth {
  if (typeof source !== 'function') checked(source);
  const seen = new Set<string>(typeof source === 'string' ? [source] : []);
  const current = async (): Promise<string> => {
    if (typeof source === 'string') return source;
    let valid: string;
    try {
      valid = checked(await source());
    } catch (error) {
      throw new TokenSourceFailure(error);
    }
    if (seen.size >= 8) seen.clear();
    seen.add(valid);
    return valid;
  };
  return {
    middleware: {
      async onRequest({ request }) {
        request.headers.set('Authorization', `Bearer ${await current()}`);
        return request;
      },
    },
    redact(text) {
      let out = text;
      for (const token of seen) out = out.split(token).join('[redacted]');
      return out;
    },
  };
}
