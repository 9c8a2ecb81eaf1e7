import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { readHardening, REQUIRED_PRAGMAS } from '../db/open';
import { Vault } from './vault';
import { makeRecoverySlot, newKeyring } from './keyring';
import { generateRecoveryKey } from './recovery-key';
import { openCore, setupVault, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { dataKeyOf, openRaw } from '../testing/raw-db';
import { snapshotFiles } from '../testing/files';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const headOf = (dir: string, name = 'amizero.db') => readFileSync(join(dir, name)).subarray(0, 16);

const suite = useVaultTemplate();

describe('the database file is never plaintext', () => {
  it('not right after setup, with the session still open, nor after lock', async () => {
    const dir = suite.dirs.make('fresh');
    const { core } = await setupVault(dir);
    expect(headOf(dir).equals(PLAINTEXT_HEADER)).toBe(false);
    await core.call('settings.update', { idleLockMinutes: 9 });
    expect(headOf(dir).equals(PLAINTEXT_HEADER)).toBe(false);
    await core.close();
    expect(headOf(dir).equals(PLAINTEXT_HEADER)).toBe(false);
  });

  it('not even the staging file while setup is building it', async () => {
    const dir = suite.dirs.make('staging');
    const dek = randomBytes(32);
    const keyring = newKeyring();
    keyring.slots = [await makeRecoverySlot(keyring, { dek, categories: {} }, generateRecoveryKey())];
    const seen: string[] = [];
    await new Vault(dir).create(
      dek,
      async ({ sqlite }) => {
        sqlite.exec('CREATE TABLE t(x); INSERT INTO t VALUES (1)');
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        for (const name of readdirSync(dir).filter((n) => n.startsWith('.setup-') && n.endsWith('.db'))) {
          seen.push(name);
          expect(headOf(dir, name).equals(PLAINTEXT_HEADER)).toBe(false);
        }
      },
      keyring,
    );
    expect(seen).toHaveLength(1);
    expect(headOf(dir).equals(PLAINTEXT_HEADER)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['amizero.db', 'keyring.json']);
  });

  it('a plaintext SQLite file placed as amizero.db is refused and left unchanged', async () => {
    const dir = suite.fresh();
    rmSync(join(dir, 'amizero.db'));
    const plain = new Database(join(dir, 'amizero.db'));
    plain.exec("CREATE TABLE users(id TEXT); INSERT INTO users VALUES ('x')");
    plain.close();
    const before = snapshotFiles(dir, (n) => n === 'signin-throttle.json');
    const core = openCore(dir);
    const r = await core.dispatch('auth.signIn', { username: suite.template.manager.username, password: suite.template.manager.password });
    expect(r.ok ? 'signed in' : r.error.code).toBe('PLAINTEXT_DATABASE');
    expect(snapshotFiles(dir, (n) => n === 'signin-throttle.json')).toEqual(before);
    expect(headOf(dir).equals(PLAINTEXT_HEADER)).toBe(true);
  });
});

describe('connection hardening', () => {
  it('holds on the live session connection after setup and after a sign-in', async () => {
    const dir = suite.dirs.make('pragmas');
    const { core, template } = await setupVault(dir);
    expect(readHardening(core.state.session!.sqlite)).toEqual(REQUIRED_PRAGMAS);
    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, template.manager);
    expect(readHardening(core.state.session!.sqlite)).toEqual(REQUIRED_PRAGMAS);
    await core.close();

    const second = openCore(dir);
    await signIn(second, template.manager);
    expect(readHardening(second.state.session!.sqlite)).toEqual(REQUIRED_PRAGMAS);
    await second.close();
  });
});

describe('schema versions', () => {
  it('a database with a migration this app does not know is refused with SCHEMA_TOO_NEW, unchanged', async () => {
    const dir = suite.fresh();
    const dek = await dataKeyOf(dir, suite.template.recoveryKey);
    const raw = openRaw(dir, dek);
    raw.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_from_the_future', new Date().toISOString());
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    dek.fill(0);
    const before = snapshotFiles(dir, (n) => n === 'signin-throttle.json');
    const core = openCore(dir);
    const r = await core.dispatch('auth.signIn', { username: suite.template.manager.username, password: suite.template.manager.password });
    expect(r.ok ? 'signed in' : r.error.code).toBe('SCHEMA_TOO_NEW');
    expect(core.state.session).toBeNull();
    expect(snapshotFiles(dir, (n) => n === 'signin-throttle.json')).toEqual(before);
  });
});
