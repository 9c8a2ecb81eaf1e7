import { wallClockStamp } from '../../../shared/i18n/format';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';

/**
 * Paths reach core only from dialogs the user answered, but core still checks them:
 * a compromised renderer must not be able to point a backup or restore anywhere.
 */
function invalid(message: string): AppError {
  return new AppError('BACKUP_LOCATION_INVALID', message);
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** Windows and macOS (by default) treat `Data` and `data` as one folder: so must the check. */
export function caseInsensitiveFs(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

export function isInside(child: string, parent: string, platform: NodeJS.Platform = process.platform): boolean {
  const fold = (p: string) => (caseInsensitiveFs(platform) ? p.toLowerCase() : p);
  const rel = relative(fold(real(parent)), fold(real(child)));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function checkDestinationFolder(folder: string, dataDir: string): string {
  if (!isAbsolute(folder)) throw invalid('the backup folder must be an absolute path');
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw invalid('the backup folder does not exist');
  if (isInside(folder, dataDir)) throw invalid("backups cannot be kept inside Amizero's own data folder");
  return folder;
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.age$/;

export function checkBackupFileName(name: string): string {
  if (!FILE_NAME.test(name)) throw invalid('the backup file name must be letters, digits, dots, dashes or underscores and end in .age');
  return name;
}

export function checkNewBackupPath(folder: string, name: string, dataDir: string): string {
  const path = join(checkDestinationFolder(folder, dataDir), checkBackupFileName(name));
  if (existsSync(path)) throw invalid('a file with that name already exists; backups are never overwritten');
  return path;
}

export function checkSourceFile(path: string, dataDir: string | null, what = 'backup file'): string {
  if (!isAbsolute(path)) throw invalid(`the ${what} must be an absolute path`);
  if (!existsSync(path) || !statSync(path).isFile()) throw invalid(`the ${what} does not exist`);
  if (dataDir && isInside(path, dataDir)) throw invalid(`the ${what} cannot be inside Amizero's own data folder`);
  return path;
}

/**
 * e.g. amizero-KGL-20261124-164501.age: the time in the shelter's zone, the time its screens
 * show, so the file a manager sees on the stick matches "made at 16:45".
 */
export function defaultBackupName(siteCode: string, at: Date, timeZone: string): string {
  return `amizero-${siteCode}-${wallClockStamp(at, timeZone)}.age`;
}
