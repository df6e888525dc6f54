/** The options of `createTargetingClient`, their defaults and their checks. */
import type { TargetingClientError } from './errors/index.js';
import { DEFAULT_BASE_URL } from './servers.js';

/** A token, or a function that returns the current one (called before every attempt, for rotation). */
export type TokenSource = string | (() => string | Promise<string>);

/** What `retry.onRetry` is told before each wait. */
export interface RetryEvent {
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  /** How long the client waits before the next attempt. */
  readonly delayMs: number;
  /** Why it retries: a network error, a timeout or a retryable status. Never contains the token. */
  readonly error: TargetingClientError;
}

export interface RetryOptions {
  /** How many attempts in all, the first included. Default 3; 1 turns retries off. */
  readonly attempts?: number;
  /** The backoff before attempt n+1 is a random delay in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))). Default 250. */
  readonly baseDelayMs?: number;
  /** The longest wait between attempts. A `Retry-After` longer than this ends the retries. Default 10000. */
  readonly maxDelayMs?: number;
  /** Called before each wait, e.g. to log it. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface TargetingClientOptions {
  /** The API token, sent as `Authorization: Bearer <token>`; it never appears in an error or a message. */
  readonly token: TokenSource;
  /** Default: the spec's production server, `DEFAULT_BASE_URL`. Use `http://localhost:4010` for the reference server. */
  readonly baseUrl?: string;
  /** The `fetch` to use. Default: `globalThis.fetch`. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Each attempt's own timeout, in milliseconds. Default 10000; `Infinity` for none. */
  readonly timeoutMs?: number;
  /** How to retry network errors, timeouts, 408, 429, 502, 503 and 504; `false` for a single attempt. */
  readonly retry?: RetryOptions | false;
  /** Check the ids and the body with the package's validator before sending. Default `true`. */
  readonly validate?: boolean;
}

/** The options with every default applied. */
export interface ResolvedOptions {
  readonly baseUrl: string;
  readonly fetch: ((request: Request) => Promise<Response>) | undefined;
  readonly timeoutMs: number;
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  readonly validate: boolean;
}

function positive(name: string, value: number, integer = false): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new RangeError(`${name} must be a ${integer ? 'non-negative integer' : 'non-negative number'}`);
  }
  return value;
}

/** Applies the defaults; throws a `TypeError` or `RangeError` on an option that cannot work. */
export function resolveOptions(options: TargetingClientOptions): ResolvedOptions {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  try {
    new URL(baseUrl);
  } catch {
    throw new TypeError('baseUrl must be an absolute URL, e.g. http://localhost:4010');
  }
  const retry = options.retry === false ? { attempts: 1 } : (options.retry ?? {});
  const attempts = positive('retry.attempts', retry.attempts ?? 3, true);
  if (attempts < 1) throw new RangeError('retry.attempts must be at least 1');
  const timeoutMs = positive('timeoutMs', options.timeoutMs ?? 10_000);
  if (timeoutMs === 0) throw new RangeError('timeoutMs must be more than 0 (Infinity for no timeout)');
  return {
    baseUrl,
    fetch: options.fetch,
    timeoutMs,
    attempts,
    baseDelayMs: positive('retry.baseDelayMs', retry.baseDelayMs ?? 250),
    maxDelayMs: positive('retry.maxDelayMs', retry.maxDelayMs ?? 10_000),
    onRetry: retry.onRetry,
    validate: options.validate ?? true,
  };
}
