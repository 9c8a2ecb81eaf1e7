import { spawnSync } from 'node:child_process';
import { ageDecrypt, ageEncryptor, type AgeRecipients, type AgeSecrets } from '../age';

/**
 * The stock `age` tool is a hard requirement of the interop tests (.ci/run installs the
 * Debian package): when it is missing they fail with this message instead of skipping.
 */
export function requireAgeCli(): string {
  const r = spawnSync('age', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new Error('the `age` command-line tool is required for these tests (Debian package `age`; .ci/run installs it)');
  return r.stdout.trim();
}

export function runAge(args: string[], input?: Buffer): Buffer {
  const r = spawnSync('age', args, { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`age ${args.join(' ')} failed: ${r.stderr.toString()}`);
  return r.stdout;
}

export async function* chunksOf(data: Buffer, size = 50_000): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

export async function encryptBuffer(data: Buffer, to: AgeRecipients): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of (await ageEncryptor(to))(chunksOf(data))) out.push(c);
  return Buffer.concat(out);
}

export async function decryptBuffer(file: Buffer, secrets: AgeSecrets): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of ageDecrypt(chunksOf(file, 7_777), secrets)) out.push(c);
  return Buffer.concat(out);
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The stock tool reads a passphrase only from a terminal; `script` (util-linux, always
 * present on Debian) gives it a pseudo-terminal fed from our input.
 */
export function runAgeWithPassphrase(args: string[], passphrase: string, times = 1): void {
  const r = spawnSync('script', ['-qec', ['age', ...args].map(shellQuote).join(' '), '/dev/null'], {
    input: `${passphrase}\n`.repeat(times),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error || r.status !== 0)
    throw new Error(`age ${args.join(' ')} (through a pseudo-terminal) failed: ${r.error?.message ?? r.stdout}`);
}
