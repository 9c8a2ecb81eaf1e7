import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely } from '../db/kysely';
import { KEYRING_FILE } from '../paths';
import { runDoctor } from '../doctor';
import { migrateTo } from '../testing/migration-harness';
import { dataKeyOf, editKeyring, openRaw } from '../testing/raw-db';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { deriveKek, newKdfParams } from './kdf';
import { readKeyring, slotCategories, unlockSlot, usernameLookup, withCategoryWraps, writeKeyring } from './keyring';
import { wrapKey } from './wrap';
import { markedPdf, offlineRead } from '../testing/sealed-fixtures';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker'], ownPasswords: true, residentAccess: 'all' });

const TITLE = 'TITLE-V1-clinic-letter';

/**
 * Turns a copy of the template into a vault as the version-1 code left it: schema at
 * 0005, a document stored in the clear, and a keyring whose slots each wrap the data
 * key under their password (the version-1 format, written out here on purpose).
 */
async function asVersionOne(dir: string): Promise<{ residentId: string; documentId: string }> {
  const t = suite.template;
  const core = openCore(dir);
  await signIn(core, t.manager);
  const residentId = (await core.call('residents.admit', { identity: { givenNames: 'Ineza' }, admittedOn: '2025-04-01' })).id;
  await core.close();

  const dek = await dataKeyOf(dir, t.recoveryKey);
  const sqlite = openRaw(dir, dek);
  const db = createKysely(sqlite);
  await migrateTo(db as never, '0005_resident_list');
  const documentId = randomUUID();
  const at = new Date().toISOString();
  const bytes = markedPdf();
  sqlite
    .prepare(
      `INSERT INTO documents (id, resident_id, kind, title, original_name, media_type, byte_size, sha256, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, 'medical', ?, 'letter.pdf', 'application/pdf', ?, 'abc', ?, ?, ?, ?)`,
    )
    .run(documentId, residentId, TITLE, bytes.length, at, t.manager.id, at, t.manager.id);
  sqlite.prepare('INSERT INTO document_contents (document_id, bytes) VALUES (?, ?)').run(documentId, bytes);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await db.destroy();

  const k = readKeyring(join(dir, KEYRING_FILE));
  const v1Slot = async (kind: 'user' | 'recovery', secret: string, userId?: string, username?: string) => {
    const id = randomUUID();
    const kdf = newKdfParams();
    const kek = await deriveKek(secret, kdf);
    const aad = `amizero-keyring-v1|${k.vaultId}|${id}|${kind}|${userId ?? ''}`;
    return {
      id,
      kind,
      ...(userId ? { userId, lookup: usernameLookup(k, username!) } : {}),
      kdf,
      wrapped: wrapKey(kek, dek, aad),
      createdAt: at,
    };
  };
  const accounts = [t.manager, t.staff.counsellor!, t.staff.social_worker!];
  const slots = [
    ...(await Promise.all(accounts.map((a) => v1Slot('user', a.password, a.id, a.username)))),
    await v1Slot('recovery', t.recoveryKey),
  ];
  writeKeyring(join(dir, KEYRING_FILE), {
    format: 'amizero-keyring',
    version: 1,
    vaultId: k.vaultId,
    cipher: k.cipher,
    lookupSalt: k.lookupSalt,
    slots,
  });
  dek.fill(0);
  return { residentId, documentId };
}

const keyringOf = (dir: string) => readKeyring(join(dir, KEYRING_FILE));
const slotOf = (dir: string, userId: string) => keyringOf(dir).slots.find((s) => s.userId === userId)!;

function sealedState(dir: string, dek: Buffer): { sealed: number; title: string } {
  const db = openRaw(dir, dek);
  try {
    return db
      .prepare('SELECT c.sealed AS sealed, d.title AS title FROM documents d JOIN document_contents c ON c.document_id = d.id')
      .get() as {
      sealed: number;
      title: string;
    };
  } finally {
    db.close();
  }
}

describe('keyring version 1 → 2', () => {
  it('upgrades each slot at its first sign-in, seals documents at the first entitled one, and ends the transition with the recovery key', async () => {
    const t = suite.template;
    const dir = suite.fresh('v1');
    const { residentId, documentId } = await asVersionOne(dir);
    expect(keyringOf(dir).version).toBe(1);
    const core = openCore(dir);

    // A counsellor first: her own slot is upgraded; no documents key is made for her. She is
    // the first entitled to counselling notes, so that key is made, with a transitional copy
    // for the manager's and recovery slots still at version 1.
    await signIn(core, t.staff.counsellor!);
    expect(keyringOf(dir)).toMatchObject({ version: 2 });
    expect(slotOf(dir, t.staff.counsellor!.id).publicKey).toBeDefined();
    expect(slotCategories(slotOf(dir, t.staff.counsellor!.id))).toEqual(['counselling_notes']);
    expect(Object.keys(keyringOf(dir).transition ?? {})).toEqual(['counselling_notes']);
    await core.lock('manual');
    const dek = await dataKeyOf(dir, t.recoveryKey);
    expect(sealedState(dir, dek)).toEqual({ sealed: 0, title: TITLE });

    // The first entitled sign-in makes the documents key and seals the rows in the clear.
    await signIn(core, t.staff.social_worker!);
    expect(sealedState(dir, dek)).toEqual({ sealed: 1, title: '' });
    expect(slotCategories(slotOf(dir, t.staff.social_worker!.id))).toEqual(['documents']);
    expect(Object.keys(keyringOf(dir).transition ?? {}).sort()).toEqual(['counselling_notes', 'documents']);
    const got = await core.call('residents.documents.get', { id: documentId });
    expect(Buffer.from(got.contentBase64, 'base64').equals(markedPdf())).toBe(true);
    await core.lock('manual');

    // The manager receives the key from the transitional copy; the recovery slot still waits.
    await signIn(core, t.manager);
    expect(slotCategories(slotOf(dir, t.manager.id))).toEqual(['documents', 'counselling_notes']);
    const [summary] = await core.call('residents.documents.list', { residentId });
    expect(summary!.title).toBe(TITLE);
    expect(keyringOf(dir).transition?.documents).toBeDefined();
    const actions = (await core.call('audit.list', { limit: 50 })).map((e) => e.action);
    expect(actions).toContain('vault.documents_sealed');
    expect(actions).toContain('auth.keys_upgraded');
    await core.lock('manual');

    // The recovery key, next used, upgrades the recovery slot: the transition ends.
    await core.call('auth.recover', {
      recoveryKey: t.recoveryKey,
      username: t.manager.username,
      newPassword: 'Recovered-Harbour-Maple-77',
    });
    const recovery = keyringOf(dir).slots.find((s) => s.kind === 'recovery')!;
    expect(slotCategories(recovery)).toEqual(['documents', 'counselling_notes']);
    expect(keyringOf(dir).transition).toBeUndefined();
    expect(keyringOf(dir).slots.every((s) => s.wrapped === undefined)).toBe(true);
    await core.close();

    const report = await runDoctor(dir, t.staff.social_worker!.username, t.staff.social_worker!.password);
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.id === 'sealed')!.detail).toContain('1 sealed document(s), all open');

    // The counsellor's password now shows neither the document nor a way to its key.
    expect(keyringOf(dir).transition).toBeUndefined();
    const pages = await offlineRead(dir, t.staff.counsellor!);
    expect(pages.includes(Buffer.from(TITLE))).toBe(false);
    expect(pages.includes(Buffer.from('%PDF-1.4'))).toBe(false);
    dek.fill(0);
  });
});

describe('finishing the upgrade from Settings', () => {
  it('the manager types the recovery key once: the recovery slot is upgraded without resetting a password', async () => {
    const t = suite.template;
    const dir = suite.fresh('v1-settings');
    await asVersionOne(dir);
    const core = openCore(dir);
    for (const who of [t.staff.counsellor!, t.staff.social_worker!, t.manager]) {
      await signIn(core, who);
      if (who !== t.manager) await core.lock('manual');
    }
    expect((await core.call('keys.status', {})).recoveryPending).toBe(true);
    expect((await expectError(core, 'keys.upgradeRecovery', { recoveryKey: 'AAAA-BBBB' })).code).toBe('RECOVERY_KEY_INVALID');
    const status = await core.call('keys.upgradeRecovery', { recoveryKey: t.recoveryKey.toLowerCase() });
    expect(status).toMatchObject({ recoveryPending: false, pendingAccounts: [], openWithDataKey: [] });
    expect(keyringOf(dir).transition).toBeUndefined();
    expect(slotCategories(keyringOf(dir).slots.find((s) => s.kind === 'recovery')!)).toEqual(['documents', 'counselling_notes']);
    await core.close();
    // The manager's password is unchanged.
    const again = openCore(dir);
    await signIn(again, t.manager);
    await again.close();
  });
});

describe('wraps follow roles', () => {
  it('a role change gains and loses the documents wrap, with no password asked', async () => {
    const t = suite.template;
    const dir = suite.fresh('roles');
    const core = openCore(dir);
    await signIn(core, t.manager);
    const residentId = (await core.call('residents.admit', { identity: { givenNames: 'Aline' }, admittedOn: '2025-04-01' })).id;
    const doc = await core.call('residents.documents.attach', {
      residentId,
      kind: 'legal',
      title: 'Court letter',
      originalName: 'court.pdf',
      contentBase64: markedPdf().toString('base64'),
    });
    const c = t.staff.counsellor!;
    expect(slotCategories(slotOf(dir, c.id))).toEqual(['counselling_notes']);
    await core.call('users.update', { id: c.id, role: 'social_worker' });
    expect(slotCategories(slotOf(dir, c.id))).toEqual(['documents']);
    await core.lock('manual');
    await signIn(core, c);
    expect((await core.call('residents.documents.get', { id: doc.id })).title).toBe('Court letter');
    await core.lock('manual');

    await signIn(core, t.manager);
    await core.call('users.update', { id: c.id, role: 'counsellor' });
    expect(slotCategories(slotOf(dir, c.id))).toEqual(['counselling_notes']);
    await core.close();
    // Her slot, opened with her password, gives the data key and the counselling-notes key, never documents.
    const k = keyringOf(dir);
    const unlocked = (await unlockSlot(k, slotOf(dir, c.id), c.password))!;
    expect([...unlocked.categories.keys()]).toEqual(['counselling_notes']);
    unlocked.dek.fill(0);
  });

  it('refuses to give a category to an account still on a version-1 slot, until it has signed in or had its password reset', async () => {
    const t = suite.template;
    const dir = suite.fresh('legacy-role');
    const c = t.staff.counsellor!;
    editKeyring(dir, (k) => {
      const slot = k.slots.find((s) => s.userId === c.id)!;
      delete slot.publicKey;
      delete slot.privateKey;
      delete slot.keys;
      slot.wrapped = { alg: 'aes-256-gcm', nonce: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' };
    });
    const core = openCore(dir);
    await signIn(core, t.manager);
    expect((await expectError(core, 'users.update', { id: c.id, role: 'social_worker' })).code).toBe('ACCOUNT_KEYS_NOT_UPGRADED');
    expect((await core.call('users.update', { id: c.id, role: 'reporting' })).role).toBe('reporting');
    await core.call('users.resetPassword', { id: c.id, password: 'Fresh-Start-Harbour-31' });
    expect((await core.call('users.update', { id: c.id, role: 'social_worker' })).role).toBe('social_worker');
    expect(slotCategories(slotOf(dir, c.id))).toEqual(['documents']);
    await core.close();
  });

  it('doctor flags a missing and an extra documents wrap', async () => {
    const t = suite.template;
    const missing = suite.fresh('missing-wrap');
    editKeyring(missing, (k) => {
      const sw = k.slots.find((s) => s.userId === t.staff.social_worker!.id)! as { keys: { categories: Record<string, unknown> } };
      delete sw.keys.categories.documents;
    });
    const r1 = await runDoctor(missing, t.manager.username, t.manager.password);
    expect(r1.checks.find((c) => c.id === 'sealed')).toMatchObject({
      status: 'failed',
      detail: expect.stringContaining('1 entitled slot(s) lack the documents key'),
    });

    const extra = suite.fresh('extra-wrap');
    const k = keyringOf(extra);
    const recovery = (await unlockSlot(
      k,
      k.slots.find((s) => s.kind === 'recovery')!,
      t.recoveryKey,
    ))!;
    const counsellorSlot = k.slots.find((s) => s.userId === t.staff.counsellor!.id)!;
    const widened = withCategoryWraps(k, counsellorSlot, { documents: recovery.categories.get('documents')! });
    writeKeyring(join(extra, KEYRING_FILE), { ...k, slots: k.slots.map((s) => (s.id === widened.id ? widened : s)) });
    recovery.dek.fill(0);
    const r2 = await runDoctor(extra, t.manager.username, t.manager.password);
    expect(r2.checks.find((c) => c.id === 'sealed')).toMatchObject({
      status: 'failed',
      detail: expect.stringContaining('1 slot(s) hold the documents key without being entitled to it'),
    });
    // The sign-in that doctor made repaired both: a second run finds nothing.
    expect((await runDoctor(extra, t.manager.username, t.manager.password)).ok).toBe(true);
  });
});
