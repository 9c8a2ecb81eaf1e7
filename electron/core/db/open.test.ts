import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { isPlaintextSqlite, openEncryptedDatabase, readHardening, REQUIRED_PRAGMAS } from './open';
import { TempDirs } from '../testing/vault-fixture';
import { snapshotFiles } from '../testing/files';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const head = (path: string) => readFileSync(path).subarray(0, 16);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'no error';
}

function plaintextDb(path: string): void {
  const db = new Database(path);
  db.exec("CREATE TABLE residents(name TEXT); INSERT INTO residents VALUES ('someone')");
  db.close();
}

describe('openEncryptedDatabase', () => {
  it('creates an encrypted file with every hardening setting, and keeps them on reopen', () => {
    const path = join(dirs.make('open'), 'a.db');
    const key = randomBytes(32);
    const db = openEncryptedDatabase(path, key, { create: true });
    expect(readHardening(db)).toEqual(REQUIRED_PRAGMAS);
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(Number(db.pragma('legacy', { simple: true }))).toBe(4);
    db.exec('CREATE TABLE t(x); INSERT INTO t VALUES (1)');
    expect(head(path).equals(PLAINTEXT_HEADER)).toBe(false);
    db.close();

    expect(head(path).equals(PLAINTEXT_HEADER)).toBe(false);
    expect(isPlaintextSqlite(path)).toBe(false);
    const again = openEncryptedDatabase(path, key);
    // Reopening a WAL database is where the bundled build falls back to synchronous=NORMAL.
    expect(readHardening(again)).toEqual(REQUIRED_PRAGMAS);
    expect(again.prepare('SELECT x FROM t').get()).toEqual({ x: 1 });
    again.close();
  });

  it('refuses the wrong key and leaves the file as it was', () => {
    const dir = dirs.make('open');
    const path = join(dir, 'a.db');
    openEncryptedDatabase(path, randomBytes(32), { create: true }).close();
    const before = snapshotFiles(dir);
    expect(codeOf(() => openEncryptedDatabase(path, randomBytes(32)))).toBe('DATABASE_DAMAGED');
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('refuses a plaintext SQLite file, even when asked to create, and leaves it unchanged', () => {
    const dir = dirs.make('open');
    const path = join(dir, 'plain.db');
    plaintextDb(path);
    expect(isPlaintextSqlite(path)).toBe(true);
    const before = snapshotFiles(dir);
    expect(codeOf(() => openEncryptedDatabase(path, randomBytes(32)))).toBe('PLAINTEXT_DATABASE');
    expect(codeOf(() => openEncryptedDatabase(path, randomBytes(32), { create: true }))).toBe('PLAINTEXT_DATABASE');
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('never creates a file unless asked to', () => {
    const path = join(dirs.make('open'), 'missing.db');
    expect(codeOf(() => openEncryptedDatabase(path, randomBytes(32)))).toBe('VAULT_MISSING');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses an empty file and a key of the wrong size', () => {
    const path = join(dirs.make('open'), 'empty.db');
    writeFileSync(path, '');
    expect(codeOf(() => openEncryptedDatabase(path, randomBytes(32)))).toBe('DATABASE_DAMAGED');
    expect(codeOf(() => openEncryptedDatabase(path, randomBytes(16), { create: true }))).toBe('INTERNAL');
    expect(readFileSync(path).length).toBe(0);
  });
});
