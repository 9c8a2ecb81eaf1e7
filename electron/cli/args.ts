import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { issuesToFieldErrors, fieldErrorParams } from '../../shared/validation';
import { translate } from '../../shared/i18n/translate';
import { defaultDataDir } from '../core/paths';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

const PASSWORD_FLAG = /^--?(password|passwd|passphrase|pass|pwd|pw|p)(=.*)?$/i;

/** Arguments end up in shell history and process lists, so a password there is refused outright. */
export function rejectPasswordArguments(argv: string[]): void {
  if (argv.some((a) => PASSWORD_FLAG.test(a))) {
    throw new UsageError('passwords are never taken as arguments; pipe it on standard input or set AMIZERO_PASSWORD');
  }
}

export function wantsHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/**
 * node:util parseArgs, then the command's zod schema. Messages name the option but
 * never repeat a value, in case someone typed a secret where it does not belong.
 */
export function parseCommandArgs<S extends z.ZodType>(argv: string[], options: Options, schema: S, command: string): z.output<S> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError(describeParseError(e as NodeJS.ErrnoException), command);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const field = issuesToFieldErrors(parsed.error.issues)[0]!;
    const option = `--${field.path.split('.')[0]}`;
    const message =
      field.code === 'required'
        ? `missing required option ${option}`
        : `invalid ${option}: ${translate('en', `validation.${field.code}`, fieldErrorParams(field))}`;
    throw new UsageError(message, command);
  }
  return parsed.data;
}

function describeParseError(e: NodeJS.ErrnoException): string {
  const option = /'(-[^'\s=]*)/.exec(e.message)?.[1] ?? 'option';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `option ${option} needs a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'unexpected argument: options are written --name value (passwords are read from standard input)';
    default:
      return 'the arguments could not be read';
  }
}

/** The app's own data folder unless told otherwise, as an absolute path. */
export function resolveDataDir(dataDir: string | undefined): string {
  return resolve(dataDir ?? defaultDataDir());
}
