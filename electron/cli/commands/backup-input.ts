import { resolve } from 'node:path';
import { z } from 'zod';
import { usernameSchema } from '../../../shared/domain/user';
import { environmentPassword, PASSWORD_ENV } from '../environment-password';
import { UsageError } from '../usage-error';

/**
 * Secrets for the backup commands. The staff password comes from AMIZERO_PASSWORD or
 * standard input; with --passphrase-stdin the backup passphrase comes from standard
 * input too. When both come from standard input, the first line is the password and
 * the second the passphrase.
 */
export const PASSPHRASE_HELP = `The staff password is read from AMIZERO_PASSWORD_FD, AMIZERO_PASSWORD or the first line of standard input.
With --passphrase-stdin the backup passphrase is read from standard input as well: the
first line if the password came from AMIZERO_PASSWORD (or is not needed), otherwise the
second line. Neither is ever accepted as an argument.`;

type SecretName = 'password' | 'passphrase' | 'backup password' | 'backup recovery key';

export async function readSecrets(need: {
  password: boolean;
  passphrase: boolean;
  /** For a restore: the incoming backup's own account password or recovery key, on the line after the others. */
  backup?: 'backup password' | 'backup recovery key';
}): Promise<Partial<Record<SecretName, string>>> {
  const out: Partial<Record<SecretName, string>> = {};
  const wanted: SecretName[] = [];
  if (need.password) {
    const env = environmentPassword();
    if (env.problem) throw new UsageError(env.problem);
    if (env.password !== undefined) out.password = env.password;
    else wanted.push('password');
  }
  if (need.passphrase) wanted.push('passphrase');
  if (need.backup) wanted.push(need.backup);
  if (wanted.length === 0) return out;
  if (process.stdin.isTTY) process.stderr.write(`Type the ${wanted.join(' and then the ')} (each followed by Enter):\n`);
  const lines = await readLines(process.stdin, wanted.length);
  wanted.forEach((name, i) => {
    const value = lines[i];
    if (!value) throw new UsageError(`no ${name} on standard input${name === 'password' ? ` (or set ${PASSWORD_ENV})` : ''}`);
    out[name] = value;
  });
  return out;
}

/** Reads up to `n` lines and stops, so a long pipe is never slurped. */
function readLines(stream: NodeJS.ReadStream, n: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let newlines = 0;
    const finish = () => {
      stream.off('data', onData).off('end', finish).off('error', fail);
      stream.pause();
      stream.destroy();
      const lines = Buffer.concat(chunks).toString('utf8').split('\n').slice(0, n);
      done(lines.map((l) => l.replace(/\r$/, '')));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      for (const b of chunk) if (b === 0x0a) newlines++;
      if (newlines >= n) finish();
    };
    stream.on('data', onData).on('end', finish).on('error', fail);
  });
}

/** `backup verify FILE …`: the file comes first, then options. */
export function splitFile(argv: string[], command: string): { file: string; rest: string[] } {
  const [file, ...rest] = argv;
  if (!file || file.startsWith('-')) throw new UsageError('missing FILE (the backup file comes right after the command)', command);
  return { file: resolve(file), rest };
}

export const BACKUP_SOURCE_OPTIONS = {
  'passphrase-stdin': { type: 'boolean' },
  identity: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const backupSourceArgs = z
  .object({ 'passphrase-stdin': z.boolean().optional(), identity: z.string().min(1).optional(), help: z.boolean().optional() })
  .refine((a) => Boolean(a['passphrase-stdin']) !== (a.identity !== undefined), { message: 'required', path: ['passphrase-stdin'] })
  .transform((a) => ({ passphraseStdin: Boolean(a['passphrase-stdin']), identity: a.identity ? resolve(a.identity) : undefined }));

export const username = usernameSchema;
