import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { AgeSecrets } from '../age';
import { checkSourceFile } from '../locations';
import { hasAgeHeader } from '../rotation';
import { readChainFile } from './read';
import { joinPieces, piecesBeside } from './pieces';
import { verifyChain } from './rebuild';
import { verifyBackup } from '../verify';
import type { BackupSummary } from '../manifest';
import type { ReadOptions } from '../unpack';

/** A folder the person picked may be a whole USB stick: past this many files it is refused, not read. */
const MAX_FOLDER_FILES = 2000;

/**
 * What restoring a chosen file reads: null when it is a full backup (read on its own), else
 * the chosen link and the files of its chain found in the folder the person picked. Files
 * there that this passphrase or key does not open, or that are of another vault, are other
 * backups and are left out; the plan then names any link that is still missing, and with
 * no folder at all, the full backup the link needs.
 */
export async function chainFilesFor(
  file: string,
  linksFolder: string | null,
  secrets: AgeSecrets,
  dataDir: string | null,
): Promise<string[] | null> {
  let head;
  try {
    ({ head } = await readChainFile(file, secrets));
  } catch (e) {
    // Not a file a chain reader opens (wrong secret, too new, damaged): the single-file path
    // says exactly what is wrong with it, as it did before chains.
    if (e instanceof AppError) return null;
    throw e;
  }
  if (head.kind === 'full') return null;
  if (linksFolder === null) return [file];
  const names = readdirSync(linksFolder);
  if (names.length > MAX_FOLDER_FILES) throw new AppError('BACKUP_LOCATION_INVALID', 'the folder holds too many files to look through');
  const files = [file];
  for (const name of names.sort()) {
    const path = join(linksFolder, name);
    if (resolve(path) === resolve(file) || !name.toLowerCase().endsWith('.age')) continue;
    if (!statSync(path, { throwIfNoEntry: false })?.isFile() || !hasAgeHeader(path)) continue;
    try {
      checkSourceFile(path, dataDir);
      if ((await readChainFile(path, secrets)).head.vaultId === head.vaultId) files.push(path);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }
  return files;
}

/**
 * Runs `fn` on the backup file that was chosen, or, when a piece was chosen, on the file
 * its pieces rebuild: the others are looked for beside it and in the folder picked, in any
 * order (a missing one is named; pieces of another backup are refused). The joined file,
 * still encrypted, lives in a private temporary folder only as long as `fn` runs.
 */
export async function withChosenPieces<T>(
  file: string,
  folder: string | null,
  secrets: AgeSecrets,
  dataDir: string | null,
  fn: (file: string) => Promise<T>,
): Promise<T> {
  const pieces = await piecesBeside(file, secrets, folder === null ? [dirname(file)] : [dirname(file), folder]);
  if (!pieces) return fn(file);
  for (const p of pieces) checkSourceFile(p, dataDir);
  const joined = await joinPieces(pieces, secrets, { single: true });
  try {
    return await fn(joined.files[0]!);
  } finally {
    joined.cleanup();
  }
}

/** Verifies what was chosen: a full backup on its own, or a link rebuilt from its whole chain. */
export function verifyChosenFiles(file: string, chain: string[] | null, secrets: AgeSecrets, o: ReadOptions): Promise<BackupSummary> {
  return chain ? verifyChain(chain, secrets, { ...o, target: file }) : verifyBackup(file, secrets, o);
}
