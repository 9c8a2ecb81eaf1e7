import { AppError } from '../../../shared/errors';

/**
 * SQLite's answer when the disk will not take a write: SQLITE_FULL for a full disk, an
 * SQLITE_IOERR write/fsync/truncate code when the file may not grow (a size limit, a
 * failing or removed drive). Either way the transaction was rolled back and everything
 * committed before it is intact, which is what the person needs to hear.
 */
const WRITE_FAILURES = new Set(['SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_TRUNCATE', 'SQLITE_IOERR_SHORT_READ']);

export function diskWriteError(e: unknown): AppError | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('DISK_FULL', 'the disk is full');
  if (typeof code === 'string' && WRITE_FAILURES.has(code)) return new AppError('DISK_WRITE_FAILED', 'the disk refused a write');
  return null;
}
