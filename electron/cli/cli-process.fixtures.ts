import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Test helpers: the real `amizero` launcher in a child process, as a user or script runs it. */
export const BIN = resolve(__dirname, 'bin.cjs');
export const PASSWORD = 'Kivu-shore-Lantern-47';
export const RECOVERY_KEY = /\b[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){8}\b/;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env?.AMIZERO_PASSWORD) delete env.AMIZERO_PASSWORD;
  if (!opts.env?.AMIZERO_DATA_DIR) delete env.AMIZERO_DATA_DIR;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

export async function initVault(dataDir: string, extra: string[] = []): Promise<CliResult> {
  const r = await runCli(
    [
      'init',
      '--data-dir',
      dataDir,
      '--org',
      'Test Shelter',
      '--site',
      'TST',
      '--username',
      'manager',
      '--full-name',
      'Test Manager',
      ...extra,
    ],
    { input: PASSWORD + '\n' },
  );
  if (r.code !== 0) throw new Error(`init failed (${r.code}): ${r.stderr}`);
  return r;
}

export class TempRoot {
  readonly dir = mkdtempSync(join(tmpdir(), 'amizero-cli-'));
  path(name: string): string {
    return join(this.dir, name);
  }
  copy(from: string, name: string): string {
    cpSync(from, this.path(name), { recursive: true });
    return this.path(name);
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** name → sha256 of each file in a folder, to prove a refused command changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

export function oneLine(text: string): boolean {
  return text.endsWith('\n') && text.trimEnd().split('\n').length === 1;
}
