import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { recipientFingerprints } from './fingerprint';
import { backupRecords, readBackupRecords, readSchedulePassphrase, type StoredSchedule } from './schedule-store';

/**
 * The scheduled-backup folder belongs to this computer (its USB stick), not to the data in
 * a backup, yet the schedule is stored in the database a restore replaces. So the live
 * schedule is read before a restore and written into the staged copy when the backup is of
 * the same vault. Into another vault it is not carried (its passphrase and head-office keys
 * are that vault's own decision); the Backups page is told to ask for the folder again.
 */
export interface LiveSchedule {
  vaultId: string | null;
  schedule: StoredSchedule | null;
  passphrase: string | null;
}

export async function readLiveSchedule(db: AppDb, vaultId: string | null): Promise<LiveSchedule> {
  return { vaultId, schedule: (await readBackupRecords(db)).schedule, passphrase: await readSchedulePassphrase(db) };
}

/** Runs on the staged (incoming) database, after it is migrated and before the swap. */
export async function carryScheduleInto(
  db: AppDb,
  live: LiveSchedule | null,
  incoming: { vaultId: string; provenBy: string | null },
): Promise<void> {
  const kept = live?.schedule?.folder ? live.schedule : null;
  if (kept && live!.vaultId !== null && live!.vaultId === incoming.vaultId) {
    await backupRecords.saveSchedule(db, kept, incoming.provenBy);
    if (live!.passphrase !== null) await backupRecords.savePassphrase(db, live!.passphrase, incoming.provenBy);
    await backupRecords.folderChosen(db);
    await appendAudit(db, {
      action: 'backup.schedule_changed',
      actorId: incoming.provenBy,
      targetType: 'settings',
      details: {
        ...kept,
        recipients: kept.recipients.length,
        recipientFingerprints: recipientFingerprints(kept.recipients),
        passphraseChanged: false,
        keptAcrossRestore: true,
      },
    });
    return;
  }
  const schedule = (await readBackupRecords(db)).schedule;
  // Nothing was ever scheduled on either side: "nothing chosen yet" is simply true.
  if (schedule?.folder == null && (schedule !== null || kept !== null)) await backupRecords.askFolderAgain(db);
}
