/** What each command of the CLI is: a name, its help, and a function from arguments to an exit status. */
import type { Io } from './io.js';

export interface Command {
  readonly name: string;
  /** One line, for the list of commands. */
  readonly summary: string;
  /** The whole `--help` text. */
  readonly help: string;
  /** Runs the command; throws `UsageError` for a wrong command line. Resolves to the exit status. */
  run(args: string[], io: Io): Promise<number>;
}
