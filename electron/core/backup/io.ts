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
const hash = createHash('sha256');
const buf = Buffer.allocUnsafe(4 << 20);
const fd = openSync(workerData.path, 'r');
try {
  let off = 0;
  while (off < workerData.size) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, workerData.size - off), off);
    if (n === 0) throw new Error('the file ended early');
    hash.update(buf.subarray(0, n));
    off += n;
  }
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

export interface BackgroundHash {
  result: Promise<string>;
  stop(): void;
}

export function hashFileInBackground(path: string, size: number): BackgroundHash {
  const worker = new Worker(HASH_WORKER, { eval: true, workerData: { path, size } });
  const result = new Promise<string>((resolve, reject) => {
    worker.once('message', (hex: string) => resolve(hex));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`hash worker stopped (${code})`)));
  });
  result.catch(() => undefined);
  return { result, stop: () => void worker.terminate() };
}
