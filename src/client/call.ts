/**
 * One call of `updateSegmentTargeting`: check, then send with retries. Only what is safe is
 * retried: the PUT is idempotent, so network errors, timeouts, 408, 429, 502, 503 and 504 are
 * sent again, with the same bytes; every other answer is final.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.js';
import { sendOnce, type Outcome, type PreparedCall } from './attempt.js';
import { backoffDelay } from './backoff.js';
import { TargetingAbortedError, TargetingNetworkError, type TargetingClientError } from './errors/index.js';
import type { ResolvedOptions } from './options.js';
import type { UpdateSegmentTargetingParams, UpdateSegmentTargetingResult } from './params.js';
import { prepareChecked, prepareUnchecked } from './prevalidate.js';
import { sleep, unlessAborted } from './signals.js';
import { isRetryableStatus } from './status.js';
import type { Auth } from './token.js';
import { networkError, responseError, timeoutError } from './translate.js';

export interface CallContext {
  readonly raw: Client<paths>;
  readonly options: ResolvedOptions;
  readonly auth: Auth;
}

const aborted = (signal: AbortSignal | undefined, attempts: number): { error: TargetingAbortedError } => ({
  error: new TargetingAbortedError('The call was aborted', { attempts, cause: signal?.reason }),
});

async function prepare(context: CallContext, params: UpdateSegmentTargetingParams): Promise<PreparedCall | TargetingClientError> {
  if (!context.options.validate) return prepareUnchecked(params);
  try {
    return await prepareChecked(params);
  } catch (cause) {
    const why = context.auth.redact(cause instanceof Error ? cause.message : String(cause));
    return new TargetingNetworkError(`Could not load the validator: ${why}`, { attempts: 0 });
  }
}

function failure(outcome: Exclude<Outcome, { kind: 'aborted' }>, attempts: number, context: CallContext): TargetingClientError {
  if (outcome.kind === 'timeout') return timeoutError(context.options.timeoutMs, attempts);
  if (outcome.kind === 'network') return networkError(outcome.cause, attempts, context.auth.redact);
  return responseError({ ...outcome, attempts });
}

function segmentIdOf(body: unknown): number | undefined {
  const id = typeof body === 'object' && body !== null ? (body as { segmentId?: unknown }).segmentId : undefined;
  return typeof id === 'number' ? id : undefined;
}

export async function updateSegmentTargeting(
  context: CallContext,
  params: UpdateSegmentTargetingParams,
): Promise<UpdateSegmentTargetingResult> {
  const { signal } = params;
  const { options } = context;
  if (signal?.aborted) return aborted(signal, 0);
  // The first call imports the validator: an abort meanwhile ends the call without waiting for it.
  const prepared = await unlessAborted(prepare(context, params), signal, () => aborted(signal, 0).error);
  if (!('bodyText' in prepared)) return { error: prepared };
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) return aborted(signal, attempt - 1);
    const outcome = await sendOnce(context.raw, prepared, options.timeoutMs, signal);
    if (outcome.kind === 'aborted') return aborted(signal, attempt);
    if (outcome.kind === 'response' && outcome.ok) {
      const segmentId = segmentIdOf(outcome.body);
      if (segmentId !== undefined) return { data: { segmentId } };
    }
    const error = failure(outcome, attempt, context);
    const retryable = outcome.kind !== 'response' || isRetryableStatus(outcome.status);
    const retryAfterMs = outcome.kind === 'response' ? outcome.retryAfterMs : undefined;
    if (!retryable || attempt >= options.attempts) return { error };
    if (retryAfterMs !== undefined && retryAfterMs > options.maxDelayMs) return { error };
    const delayMs = retryAfterMs ?? backoffDelay(attempt, options.baseDelayMs, options.maxDelayMs);
    options.onRetry?.({ attempt, delayMs, error });
    if (!(await sleep(delayMs, signal))) return aborted(signal, attempt);
  }
}
