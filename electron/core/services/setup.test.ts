import { afterAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Keyring } from '../../../shared/files/keyring';
import { Vault } from '../vault/vault';
import { confirmationFor, expectError, MANAGER_PASSWORD, openCore, setupVault, signIn, TempDirs } from '../testing/vault-fixture';
import { listFiles } from '../testing/files';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function completeInput(recoveryConfirmation: string[], password = MANAGER_PASSWORD) {
  return {
    organisationName: 'Test Shelter',
    siteCode: 'KGL',
    manager: { fullName: 'Shelter Manager One', username: 'manager.one', password },
    recoveryConfirmation,
  };
}

describe('first-run setup', () => {
  it('creates the vault, signs the manager in and records it, with no names in the keyring', async () => {
    const dir = dirs.make('setup');
    const { core, template } = await setupVault(dir, { organisationName: 'Isange Shelter Test' });
    expect(core.state.session?.user).toMatchObject({ id: template.manager.id, role: 'manager', mustChangePassword: false });
    expect(await core.call('app.status', {})).toMatchObject({ vault: 'ready', signedIn: true });
    const actions = (await core.call('audit.list', { limit: 50 })).map((e) => e.action).reverse();
    expect(actions.slice(0, 3)).toEqual(['vault.created', 'user.created', 'auth.sign_in']);

    const raw = readFileSync(join(dir, 'keyring.json'), 'utf8');
    const keyring = JSON.parse(raw) as Keyring;
    expect(keyring.slots.map((s) => s.kind).sort()).toEqual(['recovery', 'user']);
    for (const s of keyring.slots) expect(s.kdf).toMatchObject({ name: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    for (const text of ['Isange', 'manager.one', 'Shelter Manager One', template.recoveryKey]) expect(raw).not.toContain(text);
    await core.close();
    expect(readdirSync(dir).sort()).toEqual(['amizero.db', 'keyring.json']);
  });

  it('setup.complete without setup.prepare → SETUP_NOT_PREPARED, nothing created', async () => {
    const dir = dirs.make('setup');
    const core = openCore(dir);
    const e = await expectError(core, 'setup.complete', completeInput(['AAAA', 'BBBB']));
    expect(e.code).toBe('SETUP_NOT_PREPARED');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('wrong confirmation groups → RECOVERY_CONFIRMATION_MISMATCH, nothing created; the right ones then work, typed loosely', async () => {
    const dir = dirs.make('setup');
    const core = openCore(dir);
    const prep = await core.call('setup.prepare', {});
    expect(prep.confirmGroups).toHaveLength(2);
    const right = confirmationFor(prep.recoveryKey, prep.confirmGroups);
    const wrongs = [[...right].reverse(), [right[0]!], [right[0]!, 'ZZZZ'], []];
    for (const wrong of wrongs) {
      if (wrong.join() === right.join()) continue;
      const e = await expectError(core, 'setup.complete', completeInput(wrong));
      expect(e.code).toBe('RECOVERY_CONFIRMATION_MISMATCH');
    }
    // Only the wrong group is named, so only its box turns red.
    const oneWrong = await expectError(core, 'setup.complete', completeInput([right[0]!, 'ZZZZ']));
    expect(oneWrong.fields?.map((f) => f.path)).toEqual(['recoveryConfirmation.1']);
    expect(readdirSync(dir)).toEqual([]);
    const loose = right.map((g) => ` ${g.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `);
    await core.call('setup.complete', completeInput(loose));
    expect(core.state.session).not.toBeNull();
    await core.close();
  });

  it('a second prepare replaces the first key: its groups no longer confirm', async () => {
    const core = openCore(dirs.make('setup'));
    const first = await core.call('setup.prepare', {});
    const second = await core.call('setup.prepare', {});
    expect(second.recoveryKey).not.toBe(first.recoveryKey);
    const stale = confirmationFor(first.recoveryKey, second.confirmGroups);
    expect((await expectError(core, 'setup.complete', completeInput(stale))).code).toBe('RECOVERY_CONFIRMATION_MISMATCH');
  });

  it('refuses a weak manager password and creates nothing', async () => {
    const dir = dirs.make('setup');
    const core = openCore(dir);
    const prep = await core.call('setup.prepare', {});
    const e = await expectError(core, 'setup.complete', completeInput(confirmationFor(prep.recoveryKey, prep.confirmGroups), 'amizero123'));
    expect(e.code).toBe('WEAK_PASSWORD');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to run again on a folder that has a vault', async () => {
    const dir = dirs.make('setup');
    const { core } = await setupVault(dir);
    await core.close();
    const again = openCore(dir);
    expect((await expectError(again, 'setup.prepare', {})).code).toBe('VAULT_EXISTS');
    expect((await expectError(again, 'setup.complete', completeInput(['AAAA', 'BBBB']))).code).toBe('VAULT_EXISTS');
  });
});

describe('interrupted setup', () => {
  it('a left-over staging file and an orphan database do not block a second setup; the orphan is kept aside', async () => {
    const dir = dirs.make('interrupted');
    writeFileSync(join(dir, '.setup-0badc0ffee00.db'), randomBytes(8192));
    writeFileSync(join(dir, '.setup-0badc0ffee00.db-wal'), randomBytes(4096));
    writeFileSync(join(dir, 'amizero.db'), randomBytes(16384));
    writeFileSync(join(dir, 'amizero.db-wal'), randomBytes(4096));
    const orphanHash = sha(join(dir, 'amizero.db'));
    const orphanWalHash = sha(join(dir, 'amizero.db-wal'));

    const core = openCore(dir);
    expect((await core.call('app.status', {})).vault).toBe('none');
    await setupWith(core);
    await core.close();

    const files = listFiles(dir);
    expect(files.filter((f) => f.startsWith('.setup-'))).toEqual([]);
    const aside = files.find((f) => /^amizero\.db\.orphan-\d+$/.test(f));
    expect(aside, `orphan kept in ${files.join(', ')}`).toBeDefined();
    expect(sha(join(dir, aside!))).toBe(orphanHash);
    expect(sha(join(dir, `${aside}-wal`))).toBe(orphanWalHash);

    const again = openCore(dir);
    await signIn(again, { username: 'manager.one', password: MANAGER_PASSWORD });
    await again.close();
  });

  it('a setup that failed while building the database leaves no vault, and a new setup succeeds', async () => {
    const dir = dirs.make('interrupted');
    const vault = new Vault(dir);
    await expect(vault.create(randomBytes(32), async () => Promise.reject(new Error('power cut')), {} as Keyring)).rejects.toThrow(
      'power cut',
    );
    expect(existsSync(join(dir, 'keyring.json'))).toBe(false);
    expect(existsSync(join(dir, 'amizero.db'))).toBe(false);

    const core = openCore(dir);
    expect((await core.call('app.status', {})).vault).toBe('none');
    await setupWith(core);
    expect(listFiles(dir).filter((f) => f.startsWith('.setup-'))).toEqual([]);
    await core.close();
  });
});

async function setupWith(core: ReturnType<typeof openCore>) {
  const prep = await core.call('setup.prepare', {});
  return core.call('setup.complete', completeInput(confirmationFor(prep.recoveryKey, prep.confirmGroups)));
}
