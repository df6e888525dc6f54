/**
 * What a command may touch of the outside world, so that tests can run commands in-process with
 * a fake one; `nodeIo()` is the real one.
 */
import { readFile } from 'node:fs/promises';

export interface Io {
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** All of standard input, as UTF-8. */
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether to colour output: standard output is a terminal and `NO_COLOR` is not set. */
  readonly color: boolean;
  /** Whether standard input is a terminal (then nothing is piped in). */
  readonly stdinIsTTY: boolean;
  /** Calls `handler` once on the first SIGINT or SIGTERM; a second one ends the process. */
  onStop(handler: () => void): void;
}

/** Writes lines to a stream; once its reader has gone (`| head`), further lines are dropped. */
function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let open = true;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    open = false;
  });
  return (line) => void (open && stream.write(`${line}\n`));
}

export function nodeIo(): Io {
  const env = process.env;
  const color = env['FORCE_COLOR'] !== undefined ? env['FORCE_COLOR'] !== '0' : Boolean(process.stdout.isTTY) && env['NO_COLOR'] === undefined;
  return {
    out: lineWriter(process.stdout),
    err: lineWriter(process.stderr),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => readFile(path, 'utf8'),
    env,
    color,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    onStop: (handler) => {
      const once = () => {
        process.off('SIGINT', once).off('SIGTERM', once);
        handler();
      };
      process.on('SIGINT', once).on('SIGTERM', once);
    },
  };
}
