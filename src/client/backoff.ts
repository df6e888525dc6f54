/** When to try again: exponential backoff with full jitter, or what `Retry-After` asks for. */

/**
 * The wait before attempt `failed + 1`: uniform in [0, min(max, base * 2^(failed-1))), the "full
 * jitter" of https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/.
 */
export function backoffDelay(failed: number, baseDelayMs: number, maxDelayMs: number, random = Math.random): number {
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (failed - 1)));
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP-date names its day and month; without letters, Date.parse would read '-5' as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
