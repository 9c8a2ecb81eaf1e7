import { AppError } from '../../../shared/errors';
import type { BackupScheduleInput, BackupScheduleView, BackupStatus } from '../../../shared/domain/backup-schedule';
import type { Session } from '../session';
import { requireSession, type CoreState } from '../state';
import { appendAudit } from '../audit/audit-log';
import { assertStrongPassword } from '../services/passwords';
import { currentOperation } from './operations';
import { checkDestinationFolder } from './locations';
import { DEFAULT_SCHEDULE, backupRecords, readBackupRecords, type BackupRecords, type StoredSchedule } from './schedule-store';
import { nextDueAt } from './scheduled';
import { listPrevious } from './restore';
import { confirmPassword } from '../services/reauth';
import { recipientFingerprints } from './fingerprint';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readSettings } from '../services/settings';
import { listRestorePoints } from './chain/points';
import type { BackupChainPoint } from '../../../shared/contract/channels/backup';

const HOUR = 3_600_000;

export function scheduleView(records: BackupRecords, now: number): BackupScheduleView {
  const s = records.schedule ?? DEFAULT_SCHEDULE;
  const due = nextDueAt(s, records, now);
  return {
    ...s,
    passphraseSet: records.passphraseSet,
    chooseFolderAgain: records.chooseFolderAgain && s.folder === null,
    nextDueAt: due === null ? null : new Date(due).toISOString(),
  };
}

/** What an undo would put back: the newest vault a restore set aside, if any. */
function undoView(dataDir: string): BackupStatus['undo'] {
  const latest = listPrevious(dataDir).at(-1);
  return latest ? { setAsideAt: statSync(join(dataDir, latest)).mtime.toISOString() } : null;
}

/** The dashboard's numbers. Other roles get the age and the warning only, not file names or folders. */
export async function backupStatus(state: CoreState): Promise<BackupStatus> {
  const session = requireSession(state);
  const now = state.now();
  const records = await readBackupRecords(session.db);
  const details = session.user.role === 'manager';
  const staleAfterDays = (records.schedule ?? DEFAULT_SCHEDULE).staleAfterDays;
  const lastVerifiedAt = records.lastVerified?.createdAt ?? null;
  const ageHours = lastVerifiedAt === null ? null : Math.max(0, (now - Date.parse(lastVerifiedAt)) / HOUR);
  const running = currentOperation(state);
  return {
    details,
    lastBackup: details ? records.lastBackup : null,
    lastVerifiedAt,
    ageHours: ageHours === null ? null : Math.round(ageHours * 10) / 10,
    stale: ageHours === null || ageHours > staleAfterDays * 24,
    staleAfterDays,
    schedule: details && records.schedule ? scheduleView(records, now) : null,
    lastScheduledRun: records.lastScheduledRun,
    running: running ? { operation: running.operation, startedAt: running.startedAt } : null,
    undo: details ? undoView(state.vault.paths.dir) : null,
  };
}

/** The scheduled folder's restore points; none while no folder is set or the stick is not there. */
export async function restorePoints(state: CoreState): Promise<BackupChainPoint[]> {
  const session = requireSession(state);
  const folder = (await readBackupRecords(session.db)).schedule?.folder ?? null;
  return folder ? listRestorePoints(folder, (await readSettings(session.db)).siteCode) : [];
}

export async function getSchedule(state: CoreState): Promise<BackupScheduleView> {
  const session = requireSession(state);
  return scheduleView(await readBackupRecords(session.db), state.now());
}

/**
 * Saves the schedule. The folder is checked like any backup folder when the schedule is
 * switched on (it may be missing later: a USB stick that is not plugged in, and the run
 * is then skipped with a warning). A passphrase is checked for strength and kept only
 * inside the encrypted database.
 */
/** A new folder comes as the token of a dialog the manager answered; none keeps the stored one. */
export function setSchedule(state: CoreState, input: BackupScheduleInput): Promise<BackupScheduleView> {
  return state.grants.useOptional(input.folderToken, 'backupFolder', (folder) => saveSchedule(state, input, folder));
}

/** Where scheduled copies go and who can open them: changing either needs the password again. */
function changesWhoOrWhere(before: StoredSchedule | null, next: StoredSchedule, input: BackupScheduleInput): boolean {
  const recipients = (r: readonly string[]) => [...r].sort().join(' ');
  return (
    input.passphrase !== undefined ||
    before?.folder !== next.folder ||
    (before?.mode ?? DEFAULT_SCHEDULE.mode) !== next.mode ||
    recipients(before?.recipients ?? []) !== recipients(next.recipients)
  );
}

async function saveSchedule(state: CoreState, input: BackupScheduleInput, chosen: string | undefined): Promise<BackupScheduleView> {
  const session = requireSession(state);
  const before = await readBackupRecords(session.db);
  const folder = chosen ?? before.schedule?.folder ?? null;
  if (input.enabled && folder === null) throw requiredField('folderToken');
  if (chosen !== undefined) checkDestinationFolder(chosen, state.vault.paths.dir);
  if (input.mode === 'passphrase') {
    if (input.passphrase !== undefined) assertStrongPassword(input.passphrase, 'passphrase');
    else if (input.enabled && !before.passphraseSet) throw requiredField('passphrase');
  }
  const next: StoredSchedule = {
    enabled: input.enabled,
    folder,
    intervalHours: input.intervalHours,
    keepDaily: input.keepDaily,
    keepWeekly: input.keepWeekly,
    staleAfterDays: input.staleAfterDays,
    fullEveryDays: input.fullEveryDays ?? before.schedule?.fullEveryDays ?? DEFAULT_SCHEDULE.fullEveryDays,
    chainMaxPercent: input.chainMaxPercent ?? before.schedule?.chainMaxPercent ?? DEFAULT_SCHEDULE.chainMaxPercent,
    mode: input.mode,
    recipients: input.recipients,
  };
  if (changesWhoOrWhere(before.schedule, next, input)) await confirmPassword(state, input.password);
  await session.db.transaction().execute(async (trx) => {
    await backupRecords.saveSchedule(trx, next, session.user.id);
    if (chosen !== undefined) await backupRecords.folderChosen(trx);
    if (input.passphrase !== undefined) await backupRecords.savePassphrase(trx, input.passphrase, session.user.id);
    await appendAudit(trx, {
      action: 'backup.schedule_changed',
      actorId: session.user.id,
      targetType: 'settings',
      // The folder is the manager's own choice and no resident data; the passphrase is never logged.
      details: {
        ...next,
        recipients: next.recipients.length,
        recipientFingerprints: recipientFingerprints(next.recipients),
        passphraseChanged: input.passphrase !== undefined,
      },
    });
  });
  return scheduleView(await readBackupRecords(session.db), state.now());
}

function requiredField(path: string): AppError {
  return new AppError('VALIDATION', 'input failed validation', { fields: [{ path, code: 'required', message: 'required' }] });
}

export type { Session };
