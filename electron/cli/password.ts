import { UsageError } from './usage-error';
import { environmentPassword, PASSWORD_ENV, PASSWORD_FD_ENV } from './environment-password';

export { PASSWORD_ENV, PASSWORD_FD_ENV };

/**
 * The password comes from AMIZERO_PASSWORD_FD, AMIZERO_PASSWORD (see
 * environment-password.ts) or the first line of standard input, and is prompted for
 * without echo when standard input is a terminal.
 */
export async function readPassword(opts: { confirm?: boolean } = {}): Promise<string> {
  const fromEnv = environmentPassword();
  if (fromEnv.problem) throw new UsageError(fromEnv.problem);
  if (fromEnv.password !== undefined) return fromEnv.password;
  if (process.stdin.isTTY) {
    const first = await promptHidden('Password: ');
    if (opts.confirm && (await promptHidden('Repeat the password: ')) !== first) throw new UsageError('the two passwords do not match');
    if (first === '') throw new UsageError('no password given');
    return first;
  }
  const line = await readFirstLine(process.stdin);
  if (line === '') throw new UsageError(`no password on standard input (or set ${PASSWORD_ENV})`);
  return line;
}

/** Reads up to the first newline and stops, so a long or endless pipe is never slurped. */
function readFirstLine(stream: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const finish = () => {
      stream.off('data', onData).off('end', finish).off('error', reject);
      stream.pause();
      stream.destroy();
      const text = Buffer.concat(chunks).toString('utf8');
      const nl = text.indexOf('\n');
      resolve((nl < 0 ? text : text.slice(0, nl)).replace(/\r$/, ''));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      if (chunk.includes(0x0a)) finish();
    };
    stream.on('data', onData).on('end', finish).on('error', reject);
  });
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (err?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003' || ch === '\u0004') return done(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    // No echo before the question appears, so nothing typed ahead shows on screen.
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
    process.stderr.write(question);
  });
}
