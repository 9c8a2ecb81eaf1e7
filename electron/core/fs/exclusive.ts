import { closeSync, linkSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { fsyncDir } from './atomic';

/** File systems without hard links (FAT32 and exFAT USB sticks, some network mounts) say so with one of these. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

export function destinationExists(): AppError {
  return new AppError('DESTINATION_EXISTS', 'a file with that name is already there; it is never replaced');
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

/** Creates `path` empty with O_CREAT|O_EXCL (owner-only): a file already there is refused, never opened. */
export function claimExclusive(path: string): number {
  try {
    return openSync(path, 'wx', 0o600);
  } catch (e) {
    if (codeOf(e) === 'EEXIST') throw destinationExists();
    throw e;
  }
}

/**
 * Gives a complete temporary file its final name without ever replacing a file that
 * appeared there meanwhile: `link()` fails if the name is taken (then the temporary is
 * removed). Where there are no hard links, the name is first claimed with O_EXCL and the
 * temporary renamed onto that empty placeholder of our own. `link` is a parameter only so
 * tests can stand in a link-less file system.
 */
export function publishExclusive(temp: string, final: string, link: (a: string, b: string) => void = linkSync): void {
  try {
    link(temp, final);
  } catch (e) {
    const code = codeOf(e);
    if (code === 'EEXIST') throw destinationExists();
    if (!code || !NO_LINKS.has(code)) throw e;
    closeSync(claimExclusive(final));
    renameSync(temp, final);
    fsyncDir(dirname(final));
    return;
  }
  unlinkSync(temp);
  fsyncDir(dirname(final));
}
