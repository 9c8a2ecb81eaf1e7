/** Exit codes: scripts tell a refused command line from a problem found in the vault. */
export const EXIT_OK = 0;
export const EXIT_PROBLEM = 1;
export const EXIT_USAGE = 2;

/** Bad command line: reported in one line on stderr, exit code 2. Never carries a secret. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly helpFor?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
