/**
 * Command-line arguments, parsed with `node:util`'s `parseArgs` (strict: an unknown option is a
 * usage error), and the exit statuses every command shares.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT = {
  /** Done; for `validate`, the request is valid. */
  OK: 0,
  /** The request is invalid or was refused; or the server could not start. */
  FAILED: 1,
  /** The command line is wrong, or a file named on it cannot be read. */
  USAGE: 2,
  /** `update` could not reach the server (network error or timeout). */
  UNREACHABLE: 3,
} as const;

/** A mistake in the command line: the command prints it with a pointer to `--help`, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** Parses `args` against `options` (plus `--help`/`-h`); at most `maxPositionals` positionals. */
export function parse<O extends Options>(args: string[], options: O, maxPositionals: number): Parsed<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as Parsed<O>;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`Unexpected argument: ${parsed.positionals[maxPositionals]}`);
  }
  return parsed;
}

/** A positive integer option (`--port`, `--limit`), or a usage error naming it. */
export function integerOption(name: string, text: string, min: number, max: number): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return n;
}
