/** One CLI command: the words that select it, its help, and what it does (returns the exit code). */
export interface Command {
  words: readonly string[];
  summary: string;
  help: string;
  run(argv: string[]): Promise<number>;
}

export const DATA_DIR_HELP = "  --data-dir DIR    the vault folder (default: the app's own data folder, or AMIZERO_DATA_DIR)";
export const PASSWORD_HELP =
  'The password is read from AMIZERO_PASSWORD_FD (a file descriptor), AMIZERO_PASSWORD or the\nfirst line of standard input (prompted for without echo on a terminal); it is never\naccepted as an argument.';
