import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDoctor } from '../doctor';
import { DB_FILE, KEYRING_FILE } from '../paths';
import { dataKeyOf, editKeyring, openRaw } from '../testing/raw-db';
import { markedPdf, offlineRead } from '../testing/sealed-fixtures';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { requireSession } from '../state';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker'], ownPasswords: true, residentAccess: 'all' });
const MARKER = 'CONTENT-REKEY-5b1e';

describe('keys.rotate', () => {
  it('replaces the data key and the documents key; every slot opens under the new keys, the old key opens nothing', async () => {
    const t = suite.template;
    const dir = suite.fresh('rotate');
    const oldKeyringDir = suite.dirs.make('old-keyring');
    const core = openCore(dir);
    await signIn(core, t.manager);
    const residentId = (await core.call('residents.admit', { identity: { givenNames: 'Umutesi' }, admittedOn: '2025-05-01' })).id;
    const doc = await core.call('residents.documents.attach', {
      residentId,
      kind: 'medical',
      title: 'Rekey letter',
      originalName: 'rekey.pdf',
      contentBase64: markedPdf(MARKER).toString('base64'),
    });
    // What a departing colleague could have copied: the keyring before the re-key.
    cpSync(join(dir, KEYRING_FILE), join(oldKeyringDir, KEYRING_FILE));
    const oldDek = await dataKeyOf(dir, t.recoveryKey);

    const phases: string[] = [];
    core.events.on('keys.progress', (p) => phases.push(p.phase));
    const result = await core.call('keys.rotate', { reason: 'staff_left' });
    expect(result).toMatchObject({ sealedRows: 1, slots: 4 });
    expect(phases[0]).toBe('copying');
    expect(phases).toContain('resealing');
    expect(phases.at(-1)).toBe('done');
    // The session carries on under the new keys.
    expect(requireSession(core.state).user.id).toBe(t.manager.id);
    expect((await core.call('residents.documents.get', { id: doc.id })).title).toBe('Rekey letter');
    const log = await core.call('audit.list', { limit: 10 });
    expect(log.find((e) => e.action === 'vault.rekeyed')).toMatchObject({ details: { reason: 'staff_left', sealedRows: 1, slots: 4 } });
    // Neither the old vault nor the staging copy is left in the data folder.
    expect(readdirSync(dir).filter((n) => n.startsWith('previous-') || n.startsWith('.rekey-'))).toEqual([]);
    await core.close();

    expect(() => openRaw(dir, oldDek).prepare('SELECT count(*) FROM users').get()).toThrow();
    const newDek = await dataKeyOf(dir, t.recoveryKey);
    expect(newDek.equals(oldDek)).toBe(false);
    // The old keyring with a counsellor's password gives the old key, which no longer opens the file.
    cpSync(join(dir, DB_FILE), join(oldKeyringDir, DB_FILE));
    await expect(offlineRead(oldKeyringDir, t.staff.counsellor!)).rejects.toThrow();

    const again = openCore(dir);
    for (const who of [t.staff.social_worker!, t.staff.counsellor!]) {
      await signIn(again, who);
      await again.lock('manual');
    }
    await signIn(again, t.staff.social_worker!);
    const got = await again.call('residents.documents.get', { id: doc.id });
    expect(Buffer.from(got.contentBase64, 'base64').equals(markedPdf(MARKER))).toBe(true);
    await again.close();
    expect((await runDoctor(dir, t.manager.username, t.manager.password)).ok).toBe(true);
    oldDek.fill(0);
    newDek.fill(0);
  });

  it('waits while a version-1 slot remains, and is for managers only', async () => {
    const t = suite.template;
    const dir = suite.fresh('legacy');
    editKeyring(dir, (k) => {
      const c = k.slots.find((s) => s.userId === t.staff.counsellor!.id)!;
      delete c.publicKey;
      delete c.privateKey;
      delete c.keys;
      c.wrapped = { alg: 'aes-256-gcm', nonce: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' };
    });
    const core = openCore(dir);
    await signIn(core, t.manager);
    expect((await expectError(core, 'keys.rotate', { reason: 'routine' })).code).toBe('ACCOUNT_KEYS_NOT_UPGRADED');
    const status = await core.call('keys.status', {});
    expect(status.pendingAccounts.map((a) => a.id)).toEqual([t.staff.counsellor!.id]);
    await core.lock('manual');
    await signIn(core, t.staff.social_worker!);
    expect((await expectError(core, 'keys.rotate', { reason: 'routine' })).code).toBe('PERMISSION_DENIED');
    await core.close();
  });
});

describe('pre-restore copies', () => {
  it('are listed, and removed at sign-in once older than the setting, with an audit entry', async () => {
    const t = suite.template;
    const dir = suite.fresh('prune');
    for (const name of ['previous-20200101T080000000Z', `previous-${new Date().toISOString().replace(/[-:]/g, '').replace('.', '')}`]) {
      mkdirSync(join(dir, name));
      cpSync(join(t.dir, KEYRING_FILE), join(dir, name, KEYRING_FILE));
      cpSync(join(t.dir, DB_FILE), join(dir, name, DB_FILE));
    }
    const core = openCore(dir);
    await signIn(core, t.manager);
    expect(existsSync(join(dir, 'previous-20200101T080000000Z'))).toBe(false);
    const status = await core.call('keys.status', {});
    expect(status.previousCopies).toHaveLength(1);
    expect(status.previousRetentionDays).toBe(30);
    const log = await core.call('audit.list', { limit: 10 });
    expect(log.find((e) => e.action === 'vault.previous_pruned')).toMatchObject({ details: { name: 'previous-20200101T080000000Z' } });
    await core.close();
  });
});
