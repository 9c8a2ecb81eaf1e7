import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { CHUNK, sealStream } from './age/stream';
import { sealToFile } from './seal-worker';
import { TempDirs } from '../testing/vault-fixture';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const HEAD = Buffer.from('age header stand-in\n');

/** The worker's output after the head, for prefix + [0, size) of a random file + suffix. */
async function viaWorker(key: Buffer, prefix: Buffer, source: Buffer, suffix: Buffer, signal?: AbortSignal) {
  const dir = dirs.make('seal');
  const sourcePath = join(dir, 'source.bin');
  writeFileSync(sourcePath, source);
  const out = join(dir, 'out.age');
  const fd = openSync(out, 'wx', 0o600);
  const progress: number[] = [];
  try {
    const end = await sealToFile({
      fd,
      position: HEAD.length,
      key,
      prefix,
      sourcePath,
      size: source.length,
      suffix: () => Promise.resolve(suffix),
      signal,
      onProgress: (done) => progress.push(done),
    });
    const bytes = readFileSync(out);
    expect(end).toBe(bytes.length);
    return { sealed: bytes.subarray(HEAD.length), progress };
  } finally {
    closeSync(fd);
  }
}

async function viaStream(key: Buffer, parts: Buffer[]): Promise<Buffer> {
  async function* source() {
    yield* parts;
  }
  const out: Buffer[] = [];
  for await (const c of sealStream(source(), key)) out.push(c);
  return Buffer.concat(out);
}

describe('the backup writer thread', () => {
  // Around every boundary the STREAM rules care about: empty, one byte, exactly one chunk in
  // all, a chunk plus one, several chunks, and more than one 4 MiB read.
  const prefix = randomBytes(1536);
  const cases: [string, number][] = [
    ['an empty database', 0],
    ['one byte', 1],
    ['exactly one chunk in all', CHUNK - prefix.length - 1024],
    ['one chunk and a byte in all', CHUNK - prefix.length - 1023],
    ['three whole chunks of database', 3 * CHUNK],
    ['more than one read', (4 << 20) + 4099],
  ];
  for (const [label, size] of cases) {
    it(`seals the same bytes as age/stream.ts: ${label}`, async () => {
      const key = randomBytes(32);
      const source = randomBytes(size);
      const suffix = randomBytes(1024);
      const { sealed, progress } = await viaWorker(Buffer.from(key), prefix, source, suffix);
      expect(sealed.equals(await viaStream(key, [prefix, source, suffix]))).toBe(true);
      if (size > 0) expect(progress.at(-1)).toBe(size);
    });
  }

  it('stops when cancelled, with the code the Backups page explains', async () => {
    const controller = new AbortController();
    controller.abort();
    const e = await viaWorker(randomBytes(32), prefix, randomBytes(CHUNK * 4), Buffer.alloc(0), controller.signal).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BACKUP_CANCELLED');
  });

  it('passes a write failure on with its system code, for toBackupError to name', async () => {
    const dir = dirs.make('seal-readonly');
    const sourcePath = join(dir, 'source.bin');
    writeFileSync(sourcePath, randomBytes(CHUNK * 2));
    // A descriptor opened for reading only: every write fails with EBADF.
    const fd = openSync(sourcePath, 'r');
    try {
      const e = await sealToFile({
        fd,
        position: 0,
        key: randomBytes(32),
        prefix,
        sourcePath,
        size: CHUNK * 2,
        suffix: () => Promise.resolve(Buffer.alloc(0)),
      }).catch((x: unknown) => x);
      expect((e as NodeJS.ErrnoException).code).toBe('EBADF');
    } finally {
      closeSync(fd);
    }
  });
});
