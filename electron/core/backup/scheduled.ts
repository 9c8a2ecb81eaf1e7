import { existsSync, rmSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { ScheduledRun } from '../../../shared/domain/backup-schedule';
import type { CoreState } from '../state';
import { appendAudit } from '../audit/audit-log';
import { readSettings } from '../services/settings';
import type { AgeRecipients } from './age';
import { withOperation } from './operations';
import { recordVerified, writeBackup } from './service';
import { verifyBackup } from './verify';
import { chainRoom, chainToExtend, writeScheduledLink } from './chain/scheduled-link';
import { LinkPassesShare } from './chain/create-link';
import { clearChainState, startChainState, writeChainState } from './chain/state';
import { rotate, scheduledBackupName } from './rotation';
import { isInside } from './locations';
import {
  backupRecords,
  readBackupRecords,
  readSchedulePassphrase,
  forgetVerifyIdentity,
  type BackupRecords,
  type StoredSchedule,
} from './schedule-store';

const HOUR = 3_600_000;
/** After a skipped or failed run, try again this much later (e.g. once the USB stick is back), not a whole interval. */
export const RETRY_AFTER_MS = 30 * 60_000;

/** When the next scheduled backup is due (ms), or null when the schedule is off. */
export function nextDueAt(s: StoredSchedule, r: Pick<BackupRecords, 'lastScheduledOkAt' | 'lastScheduledRun'>, now: number): number | null {
  if (!s.enabled || s.folder === null) return null;
  const okAt = r.lastScheduledOkAt ? Date.parse(r.lastScheduledOkAt) : null;
  const triedAt = r.lastScheduledRun ? Date.parse(r.lastScheduledRun.at) : null;
  let due = okAt === null ? now : okAt + s.intervalHours * HOUR;
  if (triedAt !== null && r.lastScheduledRun?.outcome !== 'ok') due = Math.max(due, triedAt + RETRY_AFTER_MS);
  return due;
}

function folderPresent(folder: string): boolean {
  try {
    return existsSync(folder) && statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * One scheduled run, if due (or `force`): write, read back and verify, then rotate.
 * Called inside core's queue while a session is open (the data key is needed). Every
 * outcome is recorded for the dashboard and in the audit log; a missing folder is
 * "skipped", not an error. Returns null when nothing was due.
 */
export async function runScheduledBackup(state: CoreState, opts: { force?: boolean } = {}): Promise<ScheduledRun | null> {
  const session = state.session;
  if (!session) return null;
  const records = await readBackupRecords(session.db);
  const schedule = records.schedule;
  if (!schedule || schedule.folder === null) {
    if (opts.force) throw new AppError('BACKUP_NOT_SCHEDULED', 'no scheduled backup is set up');
    return null;
  }
  const now = state.now();
  if (!opts.force) {
    const due = nextDueAt(schedule, records, now);
    if (due === null || due > now) return null;
  }
  const at = new Date(now).toISOString();
  const folder = schedule.folder;
  const finish = async (run: ScheduledRun): Promise<ScheduledRun> => {
    await backupRecords.saveScheduledRun(session.db, run);
    if (run.outcome === 'ok') await backupRecords.saveScheduledOk(session.db, run.at);
    return run;
  };

  if (!folderPresent(folder) || isInside(folder, state.vault.paths.dir)) {
    await appendAudit(session.db, { action: 'backup.scheduled_skipped', actorId: null, details: { reason: 'folder_missing' } });
    return finish({ at, outcome: 'skipped_folder_missing', errorCode: 'BACKUP_FOLDER_MISSING' });
  }

  const settings = await readSettings(session.db);
  const fileName = scheduledBackupName(settings.siteCode, new Date(now));
  try {
    const protection = await scheduledProtection(state, schedule);
    const result = await withOperation(state, 'scheduled', async (op) => {
      const chain = session.withDataKey((k) => chainToExtend(state.vault.paths.dir, schedule, folder, k, now));
      const link = chain
        ? await writeScheduledLink(state, session, {
            folder,
            siteCode: settings.siteCode,
            protection,
            chain,
            maxPageBytes: chainRoom(chain, schedule),
            now: new Date(now),
            op,
          }).catch((e: unknown) => {
            // More changed than the chain may still take: this run starts a new chain instead.
            if (e instanceof LinkPassesShare) return null;
            throw e;
          })
        : null;
      if (link) {
        op.progress.update('rotate', 0, null);
        const removed = rotate(folder, settings.siteCode, schedule.keepDaily, schedule.keepWeekly, link.fileName);
        return { made: { fileBytes: link.fileBytes }, summary: link.summary, removed, fileName: link.fileName, sequence: link.sequence };
      }
      const made = await writeBackup(state, session, { folder, fileName, protection, createdBy: null }, op, {
        keepFileKey: true,
        withPageHashes: schedule.fullEveryDays > 0,
      });
      try {
        // Read back from the stick with the file key this run made and still holds in memory:
        // a file that does not verify is no backup and must not count as one.
        const summary = await verifyBackup(
          made.path,
          { fileKey: made.fileKey! },
          {
            signal: op.signal,
            onProgress: (d, t) => op.progress.update('verify', d, t),
            onChecking: () => op.progress.update('verify', 0, null),
          },
        );
        // The next runs build on this file (until the manager's rule starts a new full one).
        if (made.pages && summary.vaultId)
          session.withDataKey((dataKey) =>
            writeChainState(
              state.vault.paths.dir,
              startChainState({
                vaultId: summary.vaultId!,
                dataKey,
                backupId: made.backupId,
                createdAt: summary.createdAt,
                fileBytes: made.fileBytes,
                pages: made.pages!,
                path: made.path,
              }),
            ),
          );
        else clearChainState(state.vault.paths.dir);
        op.progress.update('rotate', 0, null);
        const removed = rotate(folder, settings.siteCode, schedule.keepDaily, schedule.keepWeekly, fileName);
        return { made, summary, removed, fileName, sequence: 0 };
      } catch (e) {
        rmSync(made.path, { force: true });
        throw e;
      } finally {
        made.fileKey?.fill(0);
      }
    });
    await appendAudit(session.db, {
      action: 'backup.created',
      actorId: null,
      details: {
        fileName: result.fileName,
        fileBytes: result.made.fileBytes,
        chainSequence: result.sequence,
        protection: schedule.mode,
        recipients: schedule.recipients.length,
        scheduled: true,
        verified: true,
        rotatedOut: result.removed.length,
        ...('holdings' in result.made && result.made.holdings ? { holdings: result.made.holdings } : {}),
      },
    });
    await backupRecords.saveLastBackup(
      session.db,
      { at: result.summary.createdAt, fileName: result.fileName, folder, bytes: result.made.fileBytes, verified: true, scheduled: true },
      null,
    );
    await recordVerified(session, result.summary, result.fileName);
    return finish({ at, outcome: 'ok', rotatedOut: result.removed.length });
  } catch (e) {
    const code = e instanceof AppError ? e.code : 'INTERNAL';
    // The stick pulled out mid-write looks like a write failure; say what it was if it is gone now.
    const outcome = !folderPresent(folder) ? 'skipped_folder_missing' : 'failed';
    const errorCode = outcome === 'skipped_folder_missing' ? 'BACKUP_FOLDER_MISSING' : code;
    await appendAudit(session.db, {
      action: outcome === 'failed' ? 'backup.scheduled_failed' : 'backup.scheduled_skipped',
      actorId: null,
      details: { reason: errorCode },
    });
    // No file is left to clean up here: createBackup removes its partial, and a written file that did not verify is gone.
    const run = await finish({ at, outcome, errorCode });
    if (code === 'INTERNAL') throw e;
    return run;
  }
}

/**
 * How this run encrypts. Recipient mode seals to the head office's public keys only: no
 * private age key is kept on the laptop (earlier versions also sealed to an identity kept
 * in the settings table, to read the file back; it is erased on the next run).
 */
async function scheduledProtection(state: CoreState, s: StoredSchedule): Promise<AgeRecipients> {
  const db = state.session!.db;
  await forgetVerifyIdentity(db);
  if (s.mode === 'passphrase') {
    const passphrase = await readSchedulePassphrase(db);
    if (passphrase === null) throw new AppError('BACKUP_NOT_SCHEDULED', 'no passphrase is stored for scheduled backups');
    return { passphrase };
  }
  if (s.recipients.length === 0) throw new AppError('BACKUP_NOT_SCHEDULED', 'no recipients are set for scheduled backups');
  return { recipients: [...s.recipients] };
}
