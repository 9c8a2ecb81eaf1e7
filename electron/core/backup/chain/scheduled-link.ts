import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { keyringSchema } from '../../../../shared/files/keyring';
import type { CoreState } from '../../state';
import { KEYRING_FILE } from '../../paths';
import type { Session } from '../../session';
import { copySecret } from '../../db/raw-key';
import { readSettings } from '../../services/settings';
import { damaged } from '../errors';
import type { AgeRecipients } from '../age';
import { summarise, type BackupSummary } from '../manifest';
import type { RunningOperation } from '../operations';
import type { StoredSchedule } from '../schedule-store';
import { scheduledLinkName } from '../rotation';
import { createLink } from './create-link';
import { readChainFile } from './read';
import { imageManifestOf } from './rebuild';
import { keyCheckOf, readChainState, writeChainState, type ChainState } from './state';

const DAY = 86_400_000;

function vaultIdOf(dataDir: string): string | null {
  try {
    return keyringSchema.parse(JSON.parse(readFileSync(join(dataDir, KEYRING_FILE), 'utf8'))).vaultId;
  } catch {
    return null;
  }
}

/**
 * The manager's rule: build on the chain unless it is off (0 days), its full backup is
 * older than the set number of days, its links together pass the set share of the full
 * backup's size, or it is not this vault's (re-key, restore) or not all in this folder.
 */
export function chainToExtend(
  dataDir: string,
  s: Pick<StoredSchedule, 'fullEveryDays' | 'chainMaxPercent'>,
  folder: string,
  dataKey: Buffer,
  now: number,
): ChainState | null {
  if (s.fullEveryDays === 0) return null;
  const state = readChainState(dataDir);
  if (!state || state.folder !== folder || state.keyCheck !== keyCheckOf(dataKey)) return null;
  if (state.vaultId !== vaultIdOf(dataDir)) return null;
  if (now - Date.parse(state.files[0]!.createdAt) >= s.fullEveryDays * DAY) return null;
  if (chainRoom(state, s) < 0) return null;
  if (state.names.some((n) => !existsSync(join(folder, n)))) return null;
  return state;
}

/**
 * The bytes of links the chain may still take under the manager's share rule (negative once
 * its links pass it). The next link is held to it too: a day that changed more (an erasure
 * compacts the vault, rewriting every page) gets a full backup at once instead of a link
 * nearly as large followed by a full one the next day.
 */
export function chainRoom(state: ChainState, s: Pick<StoredSchedule, 'chainMaxPercent'>): number {
  const links = state.sizes.slice(1).reduce((a, b) => a + b, 0);
  return (state.sizes[0]! * s.chainMaxPercent) / 100 - links;
}

/**
 * Writes the next link of the chain, reads it back from the folder with the file key this
 * run made (every age chunk, the members' sums, and that it is the link just made), and
 * only then moves the chain state on. A link that does not read back is deleted.
 */
export async function writeScheduledLink(
  state: CoreState,
  session: Session,
  o: {
    folder: string;
    siteCode: string;
    protection: AgeRecipients;
    chain: ChainState;
    /** chainRoom: past it, LinkPassesShare is thrown and nothing is written. */
    maxPageBytes: number;
    now: Date;
    op: RunningOperation;
  },
): Promise<{ fileName: string; fileBytes: number; summary: BackupSummary; sequence: number }> {
  const dataDir = state.vault.paths.dir;
  const settings = await readSettings(session.db);
  const sequence = o.chain.files.length;
  const fileName = scheduledLinkName(o.siteCode, o.now, sequence, new Date(o.chain.files[0]!.createdAt));
  const dataKey = session.withDataKey(copySecret);
  let made;
  try {
    o.op.progress.update('snapshot', 0, null);
    made = await createLink({
      sqlite: session.sqlite,
      dataKey,
      keyringPath: state.vault.paths.keyring,
      workDir: dataDir,
      outPath: join(o.folder, fileName),
      protection: o.protection,
      appVersion: state.version,
      organisationName: settings.organisationName,
      siteCode: settings.siteCode,
      createdBy: null,
      now: o.now,
      state: o.chain,
      maxPageBytes: o.maxPageBytes,
      keepFileKey: true,
      signal: o.op.signal,
    });
  } finally {
    dataKey.fill(0);
  }
  try {
    o.op.progress.update('verify', 0, null);
    const back = await readChainFile(made.path, { fileKey: made.fileKey! }, { signal: o.op.signal });
    if (!back.link || back.head.id !== made.manifest.chain.id || back.link.manifest.image.to !== made.manifest.image.to)
      throw damaged('the link read back is not the one written');
    writeChainState(dataDir, made.next);
    const summary = { ...summarise(imageManifestOf(made.manifest, back.link.keyringBytes)), vaultId: made.manifest.vaultId };
    return { fileName, fileBytes: made.fileBytes, summary, sequence };
  } catch (e) {
    rmSync(made.path, { force: true });
    throw e;
  } finally {
    made.fileKey?.fill(0);
  }
}
