import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ageFileStart, type AgeRecipients } from './age';
import { toBackupError } from './errors';
import { partialPathFor, removeAbandonedPartials } from './partials';
import { sealToFile, type SealToFileOptions } from './seal-worker';

/** The start of the age file being written and the hidden partial it goes to. */
export interface BackupWriter {
  start: { head: Buffer; key: Buffer; fileKey?: Buffer };
  partial: string;
  /**
   * Something to release however the write ends (a snapshot, a background hash); the
   * function returned releases it now, and only once.
   */
  hold: (release: () => void) => () => void;
}

/**
 * The part every writer of a backup file (full or incremental link) shares: the age
 * header made before anything touches the folder, abandoned partials removed, and on any
 * failure or cancel the partial removed and the file key wiped, so no file that could
 * pass for a backup is left behind. The payload key is always wiped; what the body holds
 * is released last.
 */
export async function withBackupWriter<T>(
  o: { protection: AgeRecipients; keepFileKey?: boolean; outPath: string; now: Date },
  body: (w: BackupWriter) => Promise<T>,
): Promise<T> {
  const start = await ageFileStart(o.protection, { keepFileKey: o.keepFileKey }).catch((e: unknown) => {
    throw toBackupError(e, 'write');
  });
  removeAbandonedPartials(dirname(o.outPath), o.now.getTime());
  const partial = partialPathFor(o.outPath);
  const held: (() => void)[] = [];
  const hold = (release: () => void) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      release();
    };
    held.push(once);
    return once;
  };
  try {
    return await body({ start, partial, hold });
  } catch (e) {
    start.fileKey?.fill(0);
    rmSync(partial, { force: true });
    throw toBackupError(e, 'write');
  } finally {
    start.key.fill(0);
    for (const release of held.reverse()) release();
  }
}

/**
 * The partial file: age header, then the payload sealed on the worker thread, fsynced.
 * Shared by full backups and incremental links; the caller publishes it or removes it.
 */
export async function writePartial(
  partial: string,
  start: { head: Buffer; key: Buffer },
  seal: Omit<SealToFileOptions, 'fd' | 'position' | 'key'>,
  /** Once the partial file exists and holds the age header. */
  onStarted?: () => void,
): Promise<void> {
  const fd = openSync(partial, 'wx', 0o600);
  try {
    writeSync(fd, start.head, 0, start.head.length, 0);
    onStarted?.();
    await sealToFile({ ...seal, fd, position: start.head.length, key: start.key });
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
