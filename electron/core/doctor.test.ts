import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from './core';
import { requireSession } from './state';
import { vaultPaths } from './paths';
import { DOCTOR_CHECKS, runDoctor, type DoctorReport } from './doctor';
import { flipBit, freeLeafPages, pageOffset } from './db/page-auth.fixtures';

const PASSWORD = 'Kivu-shore-Lantern-47';
let root: string;
let template: string;
let dek: Buffer;
let keyringWithDisabledSlot: string;

function status(r: DoctorReport): Record<string, string> {
  return Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
}

function copyVault(name: string): string {
  const dir = join(root, name);
  cpSync(template, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'amizero-doctor-'));
  template = join(root, 'template');
  const core = new Core({ dataDir: template });
  const { recoveryKey, confirmGroups } = await core.call('setup.prepare', {});
  const groups = recoveryKey.split('-');
  await core.call('setup.complete', {
    organisationName: 'Test Shelter',
    siteCode: 'TST',
    locale: 'en',
    manager: { fullName: 'Test Manager', username: 'manager', password: PASSWORD },
    recoveryConfirmation: confirmGroups.map((g) => groups[g - 1]!),
  });
  // A discarded large draft leaves free pages: the part of the file integrity_check skips.
  await core.call('drafts.save', { formKey: 'test.big', data: { text: 'z'.repeat(200_000) } });
  await core.call('drafts.discard', { formKey: 'test.big' });
  const counsellor = await core.call('users.create', {
    fullName: 'Test Counsellor',
    username: 'counsellor',
    role: 'counsellor',
    password: 'Quiet-Garden-Compass-31',
  });
  keyringWithDisabledSlot = readFileSync(vaultPaths(template).keyring, 'utf8');
  await core.call('users.disable', { id: counsellor.id });
  // Test-only copy of the data key, to find free pages by decrypting the file.
  dek = requireSession(core.state).withDataKey((k) => Buffer.from(k));
  await core.close();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runDoctor', () => {
  it('passes a healthy vault and writes nothing but the sign-in and lock entries', async () => {
    const dir = copyVault('healthy');
    const first = await runDoctor(dir, 'manager', PASSWORD);
    expect(first.ok).toBe(true);
    expect(Object.values(status(first))).toEqual(Array(DOCTOR_CHECKS.length).fill('ok'));
    expect(first.users).toEqual({
      total: 2,
      active: 1,
      disabled: 1,
      byRole: { manager: 1, counsellor: 0, social_worker: 0, reporting: 0 },
    });
    expect(first.pageAuth?.badPages).toEqual([]);
    expect(first.pageAuth?.wal?.frames).toBeGreaterThan(0); // the sign-in's own audit entry is still in the log

    const second = await runDoctor(dir, 'manager', PASSWORD);
    const entries = (r: DoctorReport) => Number(r.checks.find((c) => c.id === 'audit')!.detail.split(' ')[0]);
    expect(entries(second) - entries(first)).toBe(2); // first run's lock + second run's sign-in
  });

  it('reports a flipped bit in a free page that SQLite itself does not notice', async () => {
    const dir = copyVault('free-page');
    const db = vaultPaths(dir).db;
    const free = freeLeafPages(db, dek);
    expect(free.length).toBeGreaterThan(10);
    flipBit(db, pageOffset(free[5]!, 777), 2);
    const r = await runDoctor(dir, 'manager', PASSWORD);
    expect(r.ok).toBe(false);
    expect(status(r)).toMatchObject({ signIn: 'ok', integrity: 'ok', pageAuth: 'failed', audit: 'ok' });
    expect(r.pageAuth?.badPages).toEqual([free[5]]);
    expect(r.checks.find((c) => c.id === 'pageAuth')!.detail).toContain(String(free[5]));
  });

  it('stops at sign-in with a wrong password and skips the rest', async () => {
    const r = await runDoctor(copyVault('wrong-password'), 'manager', 'not-the-password-1');
    expect(r.ok).toBe(false);
    expect(r.checks.find((c) => c.id === 'signIn')).toMatchObject({ status: 'failed', code: 'WRONG_CREDENTIALS' });
    expect(status(r)).toMatchObject({ keyring: 'ok', pageAuth: 'skipped', integrity: 'skipped', audit: 'skipped' });
  });

  it('reports a damaged keyring without trying to sign in', async () => {
    const dir = copyVault('bad-keyring');
    writeFileSync(vaultPaths(dir).keyring, '{"format":"amizero-keyring"');
    const r = await runDoctor(dir, 'manager', PASSWORD);
    expect(r.checks[0]).toMatchObject({ id: 'keyring', status: 'failed', code: 'KEYRING_DAMAGED' });
    expect(status(r).signIn).toBe('skipped');
  });

  it('reports a missing keyring beside an existing database as damage, not as no vault', async () => {
    const dir = copyVault('no-keyring');
    rmSync(vaultPaths(dir).keyring);
    const r = await runDoctor(dir, 'manager', PASSWORD);
    expect(r.checks[0]).toMatchObject({ id: 'keyring', status: 'failed', code: 'KEYRING_DAMAGED' });
  });

  it('reports a keyring slot that still opens the vault for a disabled account', async () => {
    const dir = copyVault('disabled-slot');
    writeFileSync(vaultPaths(dir).keyring, keyringWithDisabledSlot);
    const r = await runDoctor(dir, 'manager', PASSWORD);
    expect(status(r)).toMatchObject({ keyring: 'ok', signIn: 'ok', accounts: 'failed' });
    expect(r.checks.find((c) => c.id === 'accounts')!.detail).toContain('disabled account(s) still have a slot');
  });
});
