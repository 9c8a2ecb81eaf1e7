import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN, initVault, PASSWORD, TempRoot } from './cli-process.fixtures';

/**
 * /proc/<pid>/environ shows a process's start-up environment to anyone who may read it
 * (the same user, root, crash reporters), and deleting a variable does not change it.
 * The CLI must not leave a password there while it works.
 */
const root = new TempRoot();
afterAll(() => root.cleanup());

const environOf = (pid: number) => readFileSync(`/proc/${pid}/environ`);

/** Starts `backup create --passphrase-stdin`, which waits for the passphrase on standard input: a live child to inspect. */
function waitingChild(dataDir: string, env: Record<string, string>, extraFd?: string) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env.AMIZERO_PASSWORD) delete childEnv.AMIZERO_PASSWORD;
  const child = spawn(
    process.execPath,
    [
      BIN,
      'backup',
      'create',
      '--data-dir',
      dataDir,
      '--username',
      'manager',
      '--out',
      root.path(`b-${Date.now()}.age`),
      '--passphrase-stdin',
    ],
    { env: childEnv, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] },
  );
  if (extraFd !== undefined) (child.stdio[3] as NodeJS.WritableStream).end(extraFd);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const closed = new Promise<number | null>((done) => child.on('close', done));
  return { child, closed, stderr: () => stderr };
}

/** Waits until the CLI has started its command (it reads standard input only then). */
async function untilStarted(pid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const fds = readFileSync(`/proc/${pid}/status`, 'latin1');
    if (/State:\s+S/.test(fds) && i > 20) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(process.platform === 'linux')('the CLI password and /proc/<pid>/environ', () => {
  it('AMIZERO_PASSWORD is gone from the environment block while the command runs', async () => {
    const dir = root.path('vault-env');
    await initVault(dir);
    const { child, closed, stderr } = waitingChild(dir, { AMIZERO_PASSWORD: PASSWORD });
    await untilStarted(child.pid!);
    // Positive control: the block is readable and still names the variable.
    const environ = environOf(child.pid!);
    expect(environ.includes(Buffer.from('AMIZERO_PASSWORD='))).toBe(true);
    expect(environ.includes(Buffer.from(PASSWORD))).toBe(false);
    child.stdin!.end('A-backup-passphrase-long-enough-42\n');
    expect(await closed, stderr()).toBe(0);
  });

  it('AMIZERO_PASSWORD_FD reads the password once from a descriptor; it is never in the environment', async () => {
    const dir = root.path('vault-fd');
    await initVault(dir);
    const { child, closed, stderr } = waitingChild(dir, { AMIZERO_PASSWORD_FD: '3' }, `${PASSWORD}\n`);
    await untilStarted(child.pid!);
    expect(environOf(child.pid!).includes(Buffer.from(PASSWORD))).toBe(false);
    child.stdin!.end('A-backup-passphrase-long-enough-42\n');
    expect(await closed, stderr()).toBe(0);
  });

  it('refuses a descriptor that is not one, by name', async () => {
    const dir = root.path('vault-badfd');
    await initVault(dir);
    for (const fd of ['0', 'x', '-1']) {
      const { child, closed, stderr } = waitingChild(dir, { AMIZERO_PASSWORD_FD: fd });
      child.stdin!.end('');
      expect(await closed).toBe(2);
      expect(stderr()).toContain('AMIZERO_PASSWORD_FD');
    }
  });
});
