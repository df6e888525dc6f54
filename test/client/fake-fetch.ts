/** A scripted `fetch` for the client tests: no mocking library, just the option the client takes. */

/** What one call of the fake answers: a response, a thrown error, or no answer until aborted. */
export type Step =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  | { readonly throws: unknown }
  | 'hang';

export interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** `performance.now()` when the request reached the fake. */
  readonly at: number;
}

export interface FakeFetch {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly sent: Sent[];
}

/** Answers the steps in order; the last step repeats. */
export function fakeFetch(...steps: Step[]): FakeFetch {
  const sent: Sent[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const at = performance.now();
    const body = await request.text();
    sent.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body, at });
    const step = steps[Math.min(sent.length - 1, steps.length - 1)]!;
    if (step === 'hang') {
      return new Promise((_, reject) => {
        const abort = () => reject(request.signal.reason);
        if (request.signal.aborted) abort();
        request.signal.addEventListener('abort', abort, { once: true });
      });
    }
    if ('throws' in step) throw step.throws;
    const text = step.body === undefined ? null : typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
    return new Response(text, { status: step.status, headers: { 'Content-Type': 'application/json', ...step.headers } });
  };
  return { fetch, sent };
}

/** A request the validator accepts. */
export const VALID = { campaignId: 12345, segmentId: 9876, targeting: [{ code: 'gender', values: ['Female'] }] } as const;

export const OK = { status: 200, body: { segmentId: 9876 } } as const;
