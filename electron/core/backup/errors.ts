import { AppError } from '../../../shared/errors';
import { AgeError } from './age';

/** One place that turns age and file-system failures into the codes the UI and CLI explain. */
export function toBackupError(e: unknown, during: 'read' | 'write'): unknown {
  if (e instanceof AppError) return e;
  if (e instanceof AgeError) {
    switch (e.kind) {
      case 'not-age':
        return new AppError('BACKUP_NOT_A_BACKUP', `not a backup file: ${e.message}`);
      case 'wrong-passphrase':
        return new AppError('BACKUP_WRONG_PASSPHRASE', e.message);
      case 'no-identity':
        return new AppError('BACKUP_WRONG_KEY', e.message);
      case 'low-order-share':
        return new AppError('BACKUP_BAD_RECIPIENT_SHARE', e.message);
      case 'unsupported':
        return new AppError('BACKUP_NOT_A_BACKUP', e.message);
      default:
        return new AppError('BACKUP_DAMAGED', `the backup file is damaged: ${e.message}`);
    }
  }
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('DISK_FULL', 'not enough free space on the disk');
  if (
    during === 'write' &&
    typeof code === 'string' &&
    ['EIO', 'ENOENT', 'ENODEV', 'ENXIO', 'EROFS', 'EACCES', 'EPERM', 'EBADF'].includes(code)
  ) {
    return new AppError('BACKUP_WRITE_FAILED', `the backup could not be written (${code})`);
  }
  if (during === 'read' && typeof code === 'string' && ['EIO', 'ENOENT', 'ENODEV', 'ENXIO', 'EACCES', 'EPERM', 'EISDIR'].includes(code)) {
    return new AppError('BACKUP_LOCATION_INVALID', `the backup file cannot be read (${code})`);
  }
  return e;
}

export function damaged(message: string): AppError {
  return new AppError('BACKUP_DAMAGED', `the backup file is damaged: ${message}`);
}
