import { AppError } from '../../shared/errors';
import { COMMANDS } from './commands';
import type { Command } from './commands/command';
import { rejectPasswordArguments, wantsHelp } from './args';
import { describeCoreError, print, printError } from './output';
import { EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, UsageError } from './usage-error';

const HELP = `Usage: amizero <command> [options]

The Amizero command line, for IT staff and scripts. It works on the same encrypted
vault as the app, through the same core.

Commands:
${COMMANDS.map((c) => `  ${c.words.join(' ').padEnd(16)}${c.summary}`).join('\n')}

Run 'amizero <command> --help' for a command's options.
Passwords are read from AMIZERO_PASSWORD_FD (a file descriptor), AMIZERO_PASSWORD or
standard input, never from arguments.
Exit codes: 0 success, 1 a problem (wrong password, damaged vault, failed check),
2 a bad command line. Set AMIZERO_DEBUG=1 to see internal error details.`;

/** Runs one command line and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  try {
    rejectPasswordArguments(argv);
    if (argv.length === 0) throw new UsageError('no command given', '');
    if (argv[0] === 'help' || wantsHelp(argv.slice(0, 1))) {
      print(HELP);
      return EXIT_OK;
    }
    const found = findCommand(argv);
    if (typeof found === 'string') {
      print(found);
      return EXIT_OK;
    }
    if (wantsHelp(found.rest)) {
      print(found.command.help);
      return EXIT_OK;
    }
    return await found.command.run(found.rest);
  } catch (e) {
    return report(e);
  }
}

/** The command the leading words name, or the help text of a group asked for with --help. */
function findCommand(argv: string[]): { command: Command; rest: string[] } | string {
  const match = COMMANDS.find((c) => c.words.every((w, i) => argv[i] === w));
  if (match) return { command: match, rest: argv.slice(match.words.length) };
  const group = COMMANDS.filter((c) => c.words.length > 1 && c.words[0] === argv[0]);
  if (group.length) {
    const choices = group.map((c) => `amizero ${c.words.join(' ')}`).join(', ');
    if (wantsHelp(argv.slice(1, 2))) return `Commands:\n${group.map((c) => `  ${c.words.join(' ').padEnd(16)}${c.summary}`).join('\n')}`;
    const sub = argv[1] && !argv[1].startsWith('-') ? `unknown command '${argv[0]} ${argv[1]}'` : `'${argv[0]}' needs a subcommand`;
    throw new UsageError(`${sub}: ${choices}`, '');
  }
  throw new UsageError(argv[0]!.startsWith('-') ? `unknown option ${argv[0]!.split('=')[0]}` : `unknown command '${argv[0]}'`, '');
}

function report(e: unknown): number {
  if (e instanceof UsageError) {
    const hint = e.helpFor === undefined ? '' : ` (see 'amizero ${e.helpFor ? e.helpFor + ' ' : ''}--help')`;
    printError(e.message + hint);
    return EXIT_USAGE;
  }
  if (e instanceof AppError) {
    printError(describeCoreError(e));
    return EXIT_PROBLEM;
  }
  // Not a core error: a bug or the machine (disk full, permissions). The message names
  // no secret (core errors never carry inputs), and helps IT staff.
  printError(`unexpected error: ${(e as Error)?.message ?? String(e)}`);
  return EXIT_PROBLEM;
}
