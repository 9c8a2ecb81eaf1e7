import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';

/**
 * The staff password handed to the CLI without a terminal, taken once at start-up,
 * before anything else loads:
 * - `AMIZERO_PASSWORD_FD=n` (preferred): the first line read once from file
 *   descriptor n (a pipe or a file the caller opened, e.g. `3<secret-file`), so the
 *   password is never in the environment at all.
 * - `AMIZERO_PASSWORD` (kept for scripts): removed from the environment, and on Linux
 *   its value is overwritten in the process's own environment block, which is what
 *   /proc/<pid>/environ shows to anyone who may read it (deleting the variable does not
 *   change that block). It stays readable there for the first moments of start-up.
 */
export const PASSWORD_ENV = 'AMIZERO_PASSWORD';
export const PASSWORD_FD_ENV = 'AMIZERO_PASSWORD_FD';

let taken: { password?: string; problem?: string } | null = null;

export function takeEnvironmentPassword(): void {
  if (taken) return;
  taken = {};
  const fd = process.env[PASSWORD_FD_ENV];
  const value = process.env[PASSWORD_ENV];
  delete process.env[PASSWORD_FD_ENV];
  delete process.env[PASSWORD_ENV];
  if (value !== undefined) {
    scrubEnvironmentBlock(PASSWORD_ENV);
    taken = value === '' ? { problem: `${PASSWORD_ENV} is set but empty` } : { password: value };
  }
  if (fd !== undefined && taken.password === undefined) taken = readPasswordFd(fd);
}

/** The password taken at start-up, if one was given; a bad value is reported when the password is needed. */
export function environmentPassword(): { password?: string; problem?: string } {
  takeEnvironmentPassword();
  return taken!;
}

function readPasswordFd(text: string): { password?: string; problem?: string } {
  // 0-2 are the terminal's streams: standard input already has its own meaning here.
  if (!/^\d{1,4}$/.test(text) || Number(text) < 3) return { problem: `${PASSWORD_FD_ENV} must be a file descriptor number of 3 or more` };
  const fd = Number(text);
  try {
    const line = readFileSync(fd).toString('utf8').split('\n')[0]!.replace(/\r$/, '');
    return line ? { password: line } : { problem: `no password on file descriptor ${fd}` };
  } catch {
    return { problem: `file descriptor ${fd} cannot be read` };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Already closed or never open: nothing to release.
    }
  }
}

/** Overwrites `NAME=value` in the environment block the kernel shows as /proc/self/environ. */
export function scrubEnvironmentBlock(name: string): boolean {
  if (process.platform !== 'linux' || !existsSync('/proc/self/stat')) return false;
  try {
    const stat = readFileSync('/proc/self/stat', 'latin1');
    // Fields after "(comm)" start at field 3; env_start and env_end are fields 50 and 51.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = Number(fields[50 - 3]);
    const end = Number(fields[51 - 3]);
    if (!Number.isSafeInteger(start) || !(end > start)) return false;
    const mem = openSync('/proc/self/mem', 'r+');
    try {
      const block = Buffer.alloc(end - start);
      readSync(mem, block, 0, block.length, start);
      const prefix = Buffer.from(`${name}=`, 'latin1');
      let found = false;
      for (let at = block.indexOf(prefix); at >= 0; at = block.indexOf(prefix, at + 1)) {
        if (at > 0 && block[at - 1] !== 0) continue;
        const valueStart = at + prefix.length;
        const valueEnd = block.indexOf(0, valueStart) < 0 ? block.length : block.indexOf(0, valueStart);
        const blank = Buffer.alloc(valueEnd - valueStart);
        writeSync(mem, blank, 0, blank.length, start + valueStart);
        found = true;
      }
      block.fill(0);
      return found;
    } finally {
      closeSync(mem);
    }
  } catch {
    return false;
  }
}
