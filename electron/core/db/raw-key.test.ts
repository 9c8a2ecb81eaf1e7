import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openEncryptedDatabase } from './open';
import { concatSecret, copySecret, randomSecret, readHexDigits, sqlcipherRawKey, writeHexDigits } from './raw-key';
import { TempDirs } from '../testing/vault-fixture';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());
afterEach(() => vi.restoreAllMocks());

describe('the data key as bytes, never as a string', () => {
  it('builds the raw-key form and reads hex digits back', () => {
    const key = randomBytes(32);
    const raw = sqlcipherRawKey(key);
    expect(raw.toString('latin1')).toBe(`x'${key.toString('hex')}'`);
    const out = Buffer.alloc(64);
    writeHexDigits(key, out, 0);
    expect(readHexDigits(out, 0, 32)).toEqual(key);
    expect(readHexDigits(Buffer.from('zz'.repeat(32)), 0, 32)).toBeNull();
    expect(readHexDigits(out, 10, 32)).toBeNull();
  });

  it('opens a file keyed the SQLCipher way (a head office with sqlcipher, older app versions)', () => {
    const path = join(dirs.make('compat'), 'a.db');
    const key = randomBytes(32);
    const old = new Database(path);
    old.pragma(`cipher='sqlcipher'`);
    old.pragma('legacy=4');
    old.pragma(`key="x'${key.toString('hex')}'"`);
    old.exec("CREATE TABLE t(x); INSERT INTO t VALUES ('kept')");
    old.close();
    const db = openEncryptedDatabase(path, key);
    expect(db.prepare('SELECT x FROM t').pluck().get()).toBe('kept');
    db.close();
  });

  it('hands SQLite no statement or pragma text holding the key', () => {
    const key = randomBytes(32);
    const forms = [key.toString('hex'), key.toString('hex').toUpperCase(), key.toString('base64')];
    const texts: string[] = [];
    const proto = Database.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const m of ['pragma', 'prepare', 'exec'] as const) {
      const orig = proto[m]!;
      vi.spyOn(proto, m).mockImplementation(function (this: unknown, ...args: unknown[]) {
        texts.push(String(args[0]));
        return orig.apply(this, args);
      });
    }
    const db = openEncryptedDatabase(join(dirs.make('spy'), 'a.db'), key, { create: true });
    db.exec('CREATE TABLE t(x)');
    db.close();
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) for (const f of forms) expect(t).not.toContain(f);
  });
});

describe('key buffers of their own', () => {
  // A Buffer sharing its ArrayBuffer is a pooled one (or inside V8's heap once moved):
  // wiping it cannot reach the copies the pool's neighbours or the collector make.
  const ownsItsMemory = (b: Buffer) => b.byteOffset === 0 && b.buffer.byteLength === b.length;

  it('makes new keys, copies and concatenations each in an ArrayBuffer of their own', () => {
    const key = randomSecret(32);
    expect(ownsItsMemory(key)).toBe(true);
    expect(key.some((b) => b !== 0)).toBe(true);
    expect(randomSecret(32).equals(key)).toBe(false);
    const copy = copySecret(key);
    expect(ownsItsMemory(copy) && copy.equals(key) && copy.buffer !== key.buffer).toBe(true);
    const joined = concatSecret([Buffer.from('x'), key, Buffer.from('y')]);
    expect(ownsItsMemory(joined)).toBe(true);
    expect(joined.equals(Buffer.concat([Buffer.from('x'), key, Buffer.from('y')]))).toBe(true);
    // What they replace: a small Buffer.from copy shares node's pool.
    expect(ownsItsMemory(Buffer.from(key))).toBe(false);
  });
});
