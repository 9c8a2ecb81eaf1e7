import { runDoctor, type DoctorCheck, type DoctorCheckId, type DoctorReport } from '../../core/doctor';
import type { ErrorCode } from '../../../shared/errors';
import { parseCommandArgs, resolveDataDir } from '../args';
import { SIGNED_IN_OPTIONS, signedInArgsSchema } from '../schemas';
import { readPassword } from '../password';
import { coreErrorMessage, coreLog, print, printError } from '../output';
import { EXIT_OK, EXIT_PROBLEM } from '../usage-error';
import { DATA_DIR_HELP, PASSWORD_HELP, type Command } from './command';

const LABELS: Record<DoctorCheckId, string> = {
  keyring: 'Key file (keyring.json)',
  signIn: 'Sign-in',
  pageAuth: 'Page authentication',
  integrity: 'SQLite integrity check',
  pragmas: 'Connection settings',
  audit: 'Audit log chain',
  accounts: 'Staff accounts and key slots',
  sealed: 'Sealed categories (documents)',
};

/** Failures that say nothing about the vault's health: reported like any other core error. */
const NOT_A_FINDING: ReadonlySet<ErrorCode> = new Set(['WRONG_CREDENTIALS', 'THROTTLED', 'ACCOUNT_DISABLED', 'VAULT_MISSING']);

export const doctorCommand: Command = {
  words: ['doctor'],
  summary: 'check a vault: key file, sign-in, every page, integrity, settings, audit log',
  help: `Usage: amizero doctor --username USER [--data-dir DIR]

Signs in as USER and checks the vault without changing it (a sign-in and a lock are
recorded in the audit log, as for any sign-in): the key file, every database page's
authentication code (including free pages and the write-ahead log), SQLite's
integrity check, the connection's security settings, the audit log's hash chain,
and that key slots match staff accounts. Exit code 0 only when everything is fine.

  --username USER   any active staff account
${DATA_DIR_HELP}

${PASSWORD_HELP}`,

  async run(argv) {
    const args = parseCommandArgs(argv, SIGNED_IN_OPTIONS, signedInArgsSchema, 'doctor');
    const dataDir = resolveDataDir(args.dataDir);
    const password = await readPassword();
    const report = await runDoctor(dataDir, args.username, password, { log: coreLog });
    const stop = report.checks.find((c) => c.status === 'failed' && c.code && NOT_A_FINDING.has(c.code));
    if (stop) {
      printError(coreErrorMessage(stop.code!, stop.retryAfterMs));
      return EXIT_PROBLEM;
    }
    printReport(dataDir, report);
    return report.ok ? EXIT_OK : EXIT_PROBLEM;
  },
};

function printReport(dataDir: string, report: DoctorReport): void {
  print(`Amizero doctor: ${dataDir}`);
  print();
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  for (const check of report.checks) {
    print(`  ${check.status.toUpperCase().padEnd(7)}  ${LABELS[check.id].padEnd(width)}  ${headline(check)}`);
    if (check.status === 'failed' && check.code) print(`  ${' '.repeat(7 + 2 + width)}  (${check.detail})`);
  }
  print();
  const failed = report.checks.filter((c) => c.status === 'failed').length;
  print(report.ok ? 'Everything is fine.' : `${failed} problem${failed === 1 ? '' : 's'} found (see above).`);
}

function headline(check: DoctorCheck): string {
  return check.status === 'failed' && check.code ? coreErrorMessage(check.code, check.retryAfterMs) : check.detail;
}
