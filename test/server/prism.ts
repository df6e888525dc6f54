/**
 * Prism (`@stoplight/prism-cli`) as a validation proxy: an independent check that responses match
 * the spec. Run without `--errors`, so that invalid requests still reach the upstream; Prism
 * reports what it finds in an `sl-violations` header and in its log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/spec.ts';

export interface PrismProxy {
  url: string;
  /** Every line Prism has logged so far. */
  log(): string;
  stop(): Promise<void>;
}

export async function startPrismProxy(upstream: string): Promise<PrismProxy> {
  const bin = join(ROOT, 'node_modules/.bin/prism');
  const child: ChildProcess = spawn(bin, ['proxy', join(ROOT, 'src/generated/openapi.json'), upstream, '--port', '0', '-h', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start:\n${out}`)), 45_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Prism exited (${code}):\n${out}`)));
  });
  return {
    url,
    log: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Violations {
  /** Violations Prism found in the response, as far as the header shows them. */
  response: string[];
  /** Whether Prism cut the header short ("Too many violations!"): then only its log is complete. */
  truncated: boolean;
}

/**
 * Reads an `sl-violations` header. Prism cuts it at about 8 KiB when a request breaks the large
 * enums (each violation lists the enum); a cut header is searched as text, and the caller must
 * also check Prism's log (`responseViolationsInLog`), which is never cut.
 */
export function readViolations(header: string | null): Violations {
  if (header === null) return { response: [], truncated: false };
  const truncated = header.startsWith('Too many violations!');
  if (!truncated) {
    const all = JSON.parse(header) as { location: string[]; message: string }[];
    return { response: all.filter((v) => v.location[0] === 'response').map((v) => `${v.location.join('.')}: ${v.message}`), truncated };
  }
  return { response: header.match(/\{"location":\["response"[^}]*\}/g) ?? [], truncated };
}

/** The response violations in Prism's log. */
export function responseViolationsInLog(log: string): string[] {
  return log.split('\n').filter((l) => /Violation: response/.test(l));
}
