import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ChildOutcome {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout up to its last newline: a half-printed line was never said. */
  lines: string[];
}

export interface KillOptions {
  /** Written to the child's stdin (a password or a key), then stdin is closed. */
  stdin: string;
  /** Looks at stdout as it grows; a number starts the SIGKILL that many ms later (once). */
  killAfter: (stdout: string) => number | null;
  /** A child that never reaches its kill point is killed anyway, so no test hangs. */
  giveUpMs?: number;
}

/**
 * Runs a TypeScript test child (`node --import tsx`) and SIGKILLs it at the moment the
 * caller picks from its output: the crash tests' one way of pulling the plug.
 */
export function runUntilKilled(script: string, args: string[], o: KillOptions): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), o.giveUpMs ?? 60_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (timer) return;
      const delay = o.killAfter(stdout);
      if (delay !== null) timer = setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      if (timer) clearTimeout(timer);
      const lines = stdout
        .slice(0, stdout.lastIndexOf('\n') + 1)
        .split('\n')
        .filter(Boolean);
      resolve({ stdout, stderr, code, signal, lines });
    });
    child.stdin.end(o.stdin);
  });
}
