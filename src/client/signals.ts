/**
 * Aborting: each attempt gets its own signal, aborted by its timeout or by the caller's signal;
 * waits between attempts end early when the caller aborts. Written without `AbortSignal.any` and
 * `AbortSignal.timeout` so that it runs on every runtime that has `fetch`.
 */

/** The longest delay `setTimeout` takes; beyond it, runtimes fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Whether this attempt's own timeout fired (rather than the caller's signal). */
  timedOut(): boolean;
  /** Clears the timer and the listener; call once the attempt is over. */
  dispose(): void;
}

export function attemptSignal(timeoutMs: number, outer: AbortSignal | undefined): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort, { once: true });
  if (outer?.aborted) onAbort();
  const timer = timeoutMs <= MAX_TIMER_MS
    ? setTimeout(() => {
        timedOut = true;
        controller.abort(new Error(`No response within ${timeoutMs} ms`));
      }, timeoutMs)
    : undefined;
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

/** Waits `ms`; resolves `false` at once if `signal` aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, Math.min(ms, MAX_TIMER_MS));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Settles like `work`, or resolves `aborted` as soon as `signal` aborts, whichever comes first. */
export async function unlessAborted<T, A>(work: Promise<T>, signal: AbortSignal | undefined, aborted: () => A): Promise<T | A> {
  if (signal === undefined) return work;
  let onAbort = () => {};
  const abort = new Promise<A>((resolve) => {
    onAbort = () => resolve(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, abort]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
