/** Runs the CLI in-process with a fake Io: arguments in; exit status, output and errors out. */
import { run } from '../../src/cli/run.ts';
import type { Io } from '../../src/cli/io.ts';

export interface FakeIoOptions {
  stdin?: string;
  files?: Record<string, string>;
  env?: Record<string, string>;
  color?: boolean;
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export function fakeIo(o: FakeIoOptions = {}): Io & { lines: { out: string[]; err: string[] }; stop(): void } {
  const lines = { out: [] as string[], err: [] as string[] };
  let stopHandler: (() => void) | undefined;
  return {
    lines,
    out: (l) => void lines.out.push(l),
    err: (l) => void lines.err.push(l),
    readStdin: async () => o.stdin ?? '',
    readFile: async (path) => {
      const text = o.files?.[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    env: o.env ?? {},
    color: o.color ?? false,
    stdinIsTTY: o.stdin === undefined,
    onStop: (handler) => void (stopHandler = handler),
    stop: () => stopHandler?.(),
  };
}

export async function cli(argv: string[], o: FakeIoOptions = {}): Promise<CliResult> {
  const io = fakeIo(o);
  const code = await run(argv, io);
  return { code, out: io.lines.out.join('\n'), err: io.lines.err.join('\n') };
}
