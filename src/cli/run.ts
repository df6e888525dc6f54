/** The CLI's dispatcher: finds the command, shows help, and turns usage errors into exit status 2. */
import { EXIT, UsageError } from './args.js';
import type { Command } from './command.js';
import { serve } from './commands/serve.js';
import { update } from './commands/update.js';
import { validate } from './commands/validate.js';
import { values } from './commands/values.js';
import type { Io } from './io.js';

export const COMMANDS: readonly Command[] = [serve, validate, values, update];

export const HELP = `Usage: segment-targeting <command> [options]

Everything for PUT /external/{campaignId}/segments/{segmentId}/targeting.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n')}

Run "segment-targeting <command> --help" for a command's options.`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const command = COMMANDS.find((c) => c.name === args[0]);
    io.out(command && name === 'help' ? command.help : HELP);
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command ${JSON.stringify(name)}. Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
    io.err('Run "segment-targeting --help" for help.');
    return EXIT.USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return EXIT.OK;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`segment-targeting ${command.name}: ${e.message}`);
    io.err(`Run "segment-targeting ${command.name} --help" for help.`);
    return EXIT.USAGE;
  }
}
