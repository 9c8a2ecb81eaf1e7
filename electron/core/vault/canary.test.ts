import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core';
import { TempDirs, setupVault, signIn, type VaultTemplate } from '../testing/vault-fixture';
import { dataKeyOf, openRaw } from '../testing/raw-db';
import { encodings, findInFiles, listFiles } from '../testing/files';

/**
 * A stolen data folder must reveal nothing: after real work through core, no file holds
 * any name, draft, setting, password or key we typed, in any common text encoding.
 */
const MARK = {
  managerName: 'CanaryX9Q-ManagerName-r4t1',
  staffName: 'CanaryX9Q-StaffName-7f3k',
  otherStaffName: 'CanaryX9Q-Umukozi-Inzu-é2',
  setupOrg: 'CanaryX9Q-SetupOrg-b5n8',
  org: 'CanaryX9Q-Org-a81z',
  draftText: 'CanaryX9Q-Draft-q2w9',
  draftNested: 'CanaryX9Q-Nested-Ubuhamya-ç4',
  counsellorDraft: 'CanaryX9Q-CounsellorDraft-m3v6',
  formKey: 'resident.canaryX9Q-form',
  username: 'canaryx9q-user',
  unknownUsername: 'canaryx9q-nobody',
  password: 'CanaryX9Q-Secret-Pass-58',
  wrongPassword: 'CanaryX9Q-WrongGuess-11',
} as const;

const dirs = new TempDirs();
let core: Core;
let template: VaultTemplate;
let dataDir: string;
let needles: { label: string; bytes: Buffer }[];

function sweep(): string[] {
  return findInFiles(dataDir, needles).map((f) => `${f.encoding} in ${f.file} at ${f.offset}`);
}

beforeAll(async () => {
  dataDir = dirs.make('canary');
  ({ core, template } = await setupVault(dataDir, {
    organisationName: MARK.setupOrg,
    manager: { fullName: MARK.managerName },
    staff: ['counsellor'],
    ownPasswords: true,
    staffNames: { counsellor: MARK.staffName },
  }));
  await core.call('users.create', {
    fullName: MARK.otherStaffName,
    username: MARK.username,
    password: MARK.password,
    role: 'social_worker',
  });
  await core.call('settings.update', { organisationName: MARK.org });
  await core.call('drafts.save', { formKey: MARK.formKey, data: { story: MARK.draftText, nested: { list: [MARK.draftNested] } } });
  // A failed attempt with a marked username: the throttle file must not hold it either.
  expect((await core.dispatch('auth.signIn', { username: MARK.unknownUsername, password: MARK.wrongPassword })).ok).toBe(false);

  const dek = await dataKeyOf(dataDir, template.recoveryKey);
  const key = [dek.toString('hex'), dek.toString('hex').toUpperCase(), dek.toString('base64'), dek.toString('base64url')];
  const rawKey = Buffer.from(dek);
  const recovery = [template.recoveryKey, template.recoveryKey.replace(/-/g, '')];
  dek.fill(0);
  needles = [
    ...Object.entries(MARK).flatMap(([name, text]) => encodings(text).map((e) => ({ label: `${name}:${e.label}`, bytes: e.bytes }))),
    ...[template.manager.password, ...recovery].flatMap((text, i) =>
      encodings(text).map((e) => ({ label: `secret${i}:${e.label}`, bytes: e.bytes })),
    ),
    ...key.map((text, i) => ({ label: `dataKey${i}:ascii`, bytes: Buffer.from(text, 'latin1') })),
    { label: 'dataKey:raw', bytes: rawKey },
  ];
});

afterAll(async () => {
  await core?.close();
  await dirs.cleanup();
});

describe('canary sweep of the data folder', () => {
  it('finds nothing while the vault is open and the WAL holds recent writes', () => {
    expect(core.state.session).not.toBeNull();
    expect(existsSync(join(dataDir, 'amizero.db-wal')) && statSync(join(dataDir, 'amizero.db-wal')).size).toBeGreaterThan(0);
    expect(listFiles(dataDir)).toEqual(expect.arrayContaining(['amizero.db', 'amizero.db-wal', 'keyring.json', 'signin-throttle.json']));
    expect(sweep()).toEqual([]);
  });

  it('finds nothing after lock, another sign-in and more drafts', async () => {
    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, template.staff.counsellor!);
    await core.call('drafts.save', { formKey: MARK.formKey, data: { text: MARK.counsellorDraft } });
    expect(sweep()).toEqual([]);
    await core.call('auth.lock', { reason: 'manual' });
    expect(listFiles(dataDir)).toEqual(['amizero.db', 'keyring.json', 'signin-throttle.json']);
    expect(sweep()).toEqual([]);
  });

  it('really wrote the markers (inside the encryption), so the sweep is not vacuous', async () => {
    const dek = await dataKeyOf(dataDir, template.recoveryKey);
    const db = openRaw(dataDir, dek);
    try {
      const names = (db.prepare('SELECT full_name FROM users').all() as { full_name: string }[]).map((r) => r.full_name);
      expect(names).toEqual(expect.arrayContaining([MARK.managerName, MARK.staffName, MARK.otherStaffName]));
      expect((db.prepare('SELECT name FROM organisation').get() as { name: string }).name).toBe(MARK.org);
      const drafts = (db.prepare('SELECT data FROM drafts').all() as { data: string }[]).map((r) => r.data).join();
      for (const m of [MARK.draftText, MARK.draftNested, MARK.counsellorDraft]) expect(drafts).toContain(m);
    } finally {
      db.close();
      dek.fill(0);
    }
  });

  it('detects a marker in any of the three encodings (scanner self-check)', () => {
    const dir = dirs.make('canary-control');
    for (const [i, e] of encodings(MARK.draftNested).entries())
      writeFileSync(join(dir, `f${i}`), Buffer.concat([Buffer.from([0, 1]), e.bytes, Buffer.from([2])]));
    const found = findInFiles(dir, encodings(MARK.draftNested));
    expect(found.map((f) => `${f.file}:${f.encoding}`).sort()).toEqual(['f0:utf8', 'f1:utf16le', 'f2:utf16be']);
  });
});
