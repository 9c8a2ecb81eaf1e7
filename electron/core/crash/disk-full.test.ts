import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runDoctor } from '../doctor';
import { buildTemplate, copyVault, openCore, TempDirs } from '../testing/vault-fixture';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('../testing/disk-full-child.ts', import.meta.url));
/** Room for the WAL and a few hundred admissions beyond the vault's current size. */
const HEADROOM_KIB = 1536;

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

/**
 * The disk fills up mid-admission. A file-size limit (`ulimit -f`, with SIGXFSZ ignored so
 * the write fails instead of killing the process) stands in for a full disk on any Linux
 * machine, without mounting anything. Core must answer with a named error, keep the
 * session readable, and leave every earlier admission intact and the vault sound.
 */
function runLimited(
  dataDir: string,
  username: string,
  password: string,
  limitKiB: number,
): Promise<{ lines: string[]; code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const script = `ulimit -f ${limitKiB}; trap '' XFSZ; exec "$0" --import tsx "$@"`;
    const child = spawn('bash', ['-c', script, process.execPath, CHILD, dataDir, username], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ lines: out.split('\n').filter(Boolean), code, err }));
    child.stdin.end(password + '\n');
  });
}

describe('a full disk', () => {
  it('refuses the write by name, keeps the session readable and every earlier admission', async () => {
    const template = await buildTemplate(dirs, { staff: [] });
    const dir = copyVault(template.dir, dirs, 'full');
    const largest = Math.max(...readdirSync(dir).map((f) => statSync(join(dir, f)).size));
    const { lines, code, err } = await runLimited(
      dir,
      template.manager.username,
      template.manager.password,
      Math.ceil(largest / 1024) + HEADROOM_KIB,
    );
    expect(code, err).toBe(0);
    const acked = lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
    expect(acked.length).toBeGreaterThan(0);
    expect(lines).toContain('read ok');
    const refusal = lines.find((l) => l.startsWith('error '));
    expect(refusal, err).toMatch(/^error (DISK_FULL|DISK_WRITE_FAILED)$/);
    // The write after a refusal is refused by the same name, or taken when it fits in what is
    // left: admissions do not all write the same number of pages (the search indexes merge
    // their segments now and then). Either way it must be acknowledged truthfully.
    const again = lines.find((l) => l.startsWith('again '))!;
    if (again.startsWith('again ok ')) acked.push(again.slice('again ok '.length));
    else expect(again).toBe(`again ${refusal!.slice('error '.length)}`);

    const report = await runDoctor(dir, template.manager.username, template.manager.password);
    expect(report.checks.filter((c) => c.status !== 'ok')).toEqual([]);
    const core = openCore(dir);
    try {
      await core.call('auth.signIn', { username: template.manager.username, password: template.manager.password });
      const found = await core.call('residents.search', { query: '', limit: 200 });
      expect(found.total).toBe(acked.length);
      for (const id of acked) expect((await core.call('residents.get', { id })).identity.givenNames).toBe('Disk');
      // The search indexes survived the failed writes too (FTS5's own check; the shown-text index is contentless).
      const sqlite = core.state.session!.sqlite;
      expect(() => sqlite.exec(`INSERT INTO resident_shown_search(resident_shown_search) VALUES ('integrity-check')`)).not.toThrow();
      expect(() => sqlite.exec(`INSERT INTO resident_search(resident_search) VALUES ('integrity-check')`)).not.toThrow();
    } finally {
      await core.close();
    }
  }, 120_000);
});
