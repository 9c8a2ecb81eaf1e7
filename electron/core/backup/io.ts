import type { FileHandle } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/**
 * One gathered write (pwritev) of the batch at `position`; a short write finishes with
 * plain writes. Explicit positions let several batches be in flight at once safely.
 */
export async function writeGathered(fh: FileHandle, bufs: Buffer[], size: number, position: number): Promise<void> {
  const { bytesWritten } = await fh.writev(bufs, position);
  if (bytesWritten === size) return;
  const rest = Buffer.concat(bufs, size).subarray(bytesWritten);
  let off = 0;
  while (off < rest.length) off += (await fh.write(rest, off, rest.length - off, position + bytesWritten + off)).bytesWritten;
}

/**
 * sha256 of [0, size) of a file, computed on another thread from its own read of the
 * file. Used for a frozen snapshot (its bytes cannot change while the backup runs): the
 * hashing then costs the backup no time on a machine with a second core, and a sum from
 * an independent read also catches bytes that changed between the two reads. Plain
 * JavaScript evaluated in the worker, so it needs no separate bundle entry in Electron.
 */
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { path, size, pageSize } = workerData;
const hash = createHash('sha256');
// With a page size, also the sha256 of every page: what an incremental backup compares.
const pages = pageSize ? Buffer.alloc((size / pageSize) * 32) : null;
const buf = Buffer.allocUnsafe(pageSize ? pageSize * 1024 : 4 << 20);
const fd = openSync(path, 'r');
try {
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, size - off), off);
    if (n === 0) throw new Error('the file ended early');
    hash.update(buf.subarray(0, n));
    if (pages) {
      if (n % pageSize !== 0) throw new Error('short read inside a page');
      for (let p = 0; p < n; p += pageSize)
        createHash('sha256').update(buf.subarray(p, p + pageSize)).digest().copy(pages, ((off + p) / pageSize) * 32);
    }
    off += n;
  }
} finally {
  closeSync(fd);
}
parentPort.postMessage({ sha256: hash.digest('hex'), pages });
`;

export interface BackgroundHash {
  result: Promise<string>;
  /** Only when a page size was given: 32 bytes (sha256) per page, in page order. */
  pages: Promise<Buffer>;
  stop(): void;
}

export function hashFileInBackground(path: string, size: number, pageSize?: number): BackgroundHash {
  if (pageSize && size % pageSize !== 0) throw new Error('the file is not a whole number of pages');
  const worker = new Worker(HASH_WORKER, { eval: true, workerData: { path, size, pageSize: pageSize ?? 0 } });
  const both = new Promise<{ sha256: string; pages: Uint8Array | null }>((resolve, reject) => {
    worker.once('message', (m: { sha256: string; pages: Uint8Array | null }) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`hash worker stopped (${code})`)));
  });
  const result = both.then((m) => m.sha256);
  const pages = both.then((m) => {
    if (!m.pages) throw new Error('no page size was given');
    return Buffer.from(m.pages.buffer, m.pages.byteOffset, m.pages.length);
  });
  result.catch(() => undefined);
  pages.catch(() => undefined);
  return { result, pages, stop: () => void worker.terminate() };
}
