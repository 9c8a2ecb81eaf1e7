import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIdentity } from '../backup/age';
import { buildTemplate, TempDirs } from '../testing/vault-fixture';
import { categoriesForRole } from '../../../shared/sealed-categories';
import { allKeysOf } from '../testing/raw-db';
import { wipeUnlocked } from '../vault/keyring';
import { keyNeedles, scanProcessMemory } from '../testing/memory-scan';

/**
 * The data key and the category keys must not outlive the session in the process's
 * memory: a child signs in (as a manager, who holds the documents key), admits a
 * resident, backs up, verifies the backup and locks; then this process reads all of the
 * child's memory and looks for each key as bytes, hex (both cases) and base64. A marker the child keeps on purpose proves the scan can see its memory.
 */
const CHILD = fileURLToPath(new URL('./scan-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

describe.runIf(process.platform === 'linux')('memory after lock', () => {
  it('holds no copy of the data key or a category key in any form, and the scan finds the control marker', async () => {
    const template = await buildTemplate(dirs);
    const keys = await allKeysOf(template.dir, template.recoveryKey);
    // The manager's session holds category keys: every one of them is looked for too.
    const held = categoriesForRole('manager');
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((c) => keys.categories.has(c))).toBe(true);
    const key = generateIdentity();
    const identityPath = join(dirs.make('head-office'), 'identity.txt');
    writeFileSync(identityPath, `${key.identity}\n`, { mode: 0o600 });
    const marker = `AMIZERO-SCAN-CONTROL-${randomBytes(12).toString('hex')}`;

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, template.dir, template.manager.username, dirs.make('usb'), key.recipient, identityPath, marker],
      { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const closed = new Promise<number | null>((done) => child.on('close', done));
    const locked = new Promise<void>((done, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString('utf8');
        if (stdout.includes('locked\n')) done();
      });
      void closed.then(() => fail(new Error(`child ended before locking: ${stderr}`)));
    });
    child.stdin.write(`${template.manager.password}\n`);
    await locked;

    const needles = [
      ...keyNeedles(keys.dek).map((n) => ({ ...n, label: `data key, ${n.label}` })),
      ...[...keys.categories].flatMap(([c, k]) => keyNeedles(k).map((n) => ({ ...n, label: `${c} key, ${n.label}` }))),
      { label: 'control marker', bytes: Buffer.from(marker, 'latin1') },
    ];
    const { hits, bytesScanned } = scanProcessMemory(child.pid!, needles);
    child.stdin.end('done\n');
    expect(await closed, stderr).toBe(0);
    wipeUnlocked(keys);
    for (const n of needles) n.bytes.fill(0);

    expect(bytesScanned).toBeGreaterThan(20 << 20);
    expect(hits.filter((h) => h.label === 'control marker').length).toBeGreaterThan(0);
    expect(hits.filter((h) => h.label !== 'control marker')).toEqual([]);
  });
});
