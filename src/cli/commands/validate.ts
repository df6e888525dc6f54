/** `segment-targeting validate [FILE|-] [--json]`: checks a request body as the platform would. */
import { toErrorBody, validateTargetingJson } from '../../validator/index.js';
import { EXIT, parse, UsageError } from '../args.js';
import type { Command } from '../command.js';
import type { Io } from '../io.js';
import { formatProblems } from '../problems.js';
import { style } from '../style.js';

export const validate: Command = {
  name: 'validate',
  summary: 'check a request body against the spec, with suggestions',
  help: `Usage: segment-targeting validate [FILE|-] [--json]

Checks a request body of PUT /external/{campaignId}/segments/{segmentId}/targeting
(JSON) exactly as the platform does, and prints each problem with its path and the
closest valid values. Reads standard input when FILE is - or left out.

Options:
  --json       print the result as JSON: {"valid":true,"request":...} or
               {"valid":false,"error","message","details"} (the body of the 400)
  -h, --help   show this help

Exit status: 0 valid, 1 invalid, 2 usage error or unreadable file.

Examples:
  segment-targeting validate request.json
  echo '{"targeting":[{"code":"age","values":["55+"]}]}' | segment-targeting validate`,

  async run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } }, 1);
    const text = await readInput(positionals[0] ?? '-', io);
    const result = validateTargetingJson(text);
    if (values.json) {
      io.out(JSON.stringify(result.valid ? { valid: true, request: result.value } : { valid: false, ...toErrorBody(result) }));
      return result.valid ? EXIT.OK : EXIT.FAILED;
    }
    const s = style(io.color);
    if (!result.valid) {
      for (const line of formatProblems(result, s)) io.out(line);
      return EXIT.FAILED;
    }
    io.out(`${s.green('✓')} valid`);
    for (const e of result.value.targeting) {
      io.out(`  ${s.cyan(e.code)}  ${e.values.length === 0 ? s.dim('(cleared)') : e.values.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    return EXIT.OK;
  },
};

/** The text of FILE, or of standard input for `-`; an unreadable file is a usage error. */
export async function readInput(file: string, io: Io): Promise<string> {
  if (file === '-') {
    if (io.stdinIsTTY) throw new UsageError('No input: give a FILE, or pipe the request into standard input');
    return io.readStdin();
  }
  try {
    return await io.readFile(file);
  } catch (e) {
    throw new UsageError(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
