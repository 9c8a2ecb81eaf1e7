import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic';
import { TempDirs } from '../testing/vault-fixture';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temp file behind', () => {
    const dir = dirs.make('atomic');
    const path = join(dir, 'keyring.json');
    writeFileAtomic(path, '{"a":1}');
    writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect(readFileSync(path)).toEqual(Buffer.from([1, 2, 3]));
    expect(readdirSync(dir)).toEqual(['keyring.json']);
  });

  it('replaces an existing file whole', () => {
    const dir = dirs.make('atomic');
    const path = join(dir, 'f.json');
    writeFileSync(path, 'x'.repeat(10_000));
    writeFileAtomic(path, 'short');
    expect(readFileSync(path, 'utf8')).toBe('short');
    expect(readdirSync(dir)).toEqual(['f.json']);
  });

  it.skipIf(process.platform === 'win32')('creates files readable by the owner only (POSIX modes; Windows uses ACLs)', () => {
    const dir = dirs.make('atomic');
    const path = join(dir, 'secret.json');
    writeFileAtomic(path, 'x');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('cleans up its temp file when the rename fails', () => {
    const dir = dirs.make('atomic');
    // A non-empty folder in the way makes the rename fail after the temp file exists.
    const target = join(dir, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    expect(() => writeFileAtomic(target, 'data')).toThrow();
    expect(readdirSync(dir)).toEqual(['occupied']);
  });
});
