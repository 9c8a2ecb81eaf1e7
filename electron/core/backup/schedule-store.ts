import { z } from 'zod';
import {
  BACKUP_INTERVAL_HOURS,
  BACKUP_KEEP_DAILY,
  BACKUP_KEEP_WEEKLY,
  BACKUP_STALE_DAYS,
  BACKUP_FULL_EVERY_DAYS,
  BACKUP_CHAIN_MAX_PERCENT,
  backupProtectionModeSchema,
  lastBackupSchema,
  scheduledRunSchema,
  type LastBackup,
  type ScheduledRun,
} from '../../../shared/domain/backup-schedule';
import type { AppDb } from '../db/kysely';
import { settingsRepo } from '../repositories/settings';
import { nowIso } from '../ids';

/**
 * Backup bookkeeping lives in the settings table, i.e. inside the encrypted database:
 * the schedule, the last backup and run, and the two secrets a scheduled backup needs
 * with nobody at the keyboard (see shared/domain/backup-schedule.ts). Nothing here is
 * ever written outside the database, and settings.get never returns these keys
 * (its schema strips them).
 */
const KEY = {
  schedule: 'backup.schedule',
  passphrase: 'backup.schedulePassphrase',
  verifyIdentity: 'backup.verifyIdentity',
  lastBackup: 'backup.lastBackup',
  lastVerified: 'backup.lastVerified',
  lastScheduledRun: 'backup.lastScheduledRun',
  lastScheduledOkAt: 'backup.lastScheduledOkAt',
  /** Set by a restore that could not keep this computer's folder: the page asks for it again. */
  chooseFolderAgain: 'backup.chooseFolderAgain',
} as const;

const storedScheduleSchema = z.object({
  enabled: z.boolean(),
  folder: z.string().nullable(),
  intervalHours: z.number().int().min(BACKUP_INTERVAL_HOURS.min).max(BACKUP_INTERVAL_HOURS.max),
  keepDaily: z.number().int().min(BACKUP_KEEP_DAILY.min).max(BACKUP_KEEP_DAILY.max),
  keepWeekly: z.number().int().min(BACKUP_KEEP_WEEKLY.min).max(BACKUP_KEEP_WEEKLY.max),
  staleAfterDays: z.number().int().min(BACKUP_STALE_DAYS.min).max(BACKUP_STALE_DAYS.max),
  // Schedules saved before chains existed read with the defaults.
  fullEveryDays: z.number().int().min(BACKUP_FULL_EVERY_DAYS.min).max(BACKUP_FULL_EVERY_DAYS.max).default(BACKUP_FULL_EVERY_DAYS.default),
  chainMaxPercent: z
    .number()
    .int()
    .min(BACKUP_CHAIN_MAX_PERCENT.min)
    .max(BACKUP_CHAIN_MAX_PERCENT.max)
    .default(BACKUP_CHAIN_MAX_PERCENT.default),
  mode: backupProtectionModeSchema,
  recipients: z.array(z.string()),
});
export type StoredSchedule = z.output<typeof storedScheduleSchema>;

export const DEFAULT_SCHEDULE: StoredSchedule = {
  enabled: false,
  folder: null,
  intervalHours: BACKUP_INTERVAL_HOURS.default,
  keepDaily: BACKUP_KEEP_DAILY.default,
  keepWeekly: BACKUP_KEEP_WEEKLY.default,
  staleAfterDays: BACKUP_STALE_DAYS.default,
  fullEveryDays: BACKUP_FULL_EVERY_DAYS.default,
  chainMaxPercent: BACKUP_CHAIN_MAX_PERCENT.default,
  mode: 'recipients',
  recipients: [],
};

/** The newest verified backup of this vault: its creation time is what the dashboard ages. */
const lastVerifiedSchema = z.object({ createdAt: z.string(), fileName: z.string() });
export type LastVerified = z.infer<typeof lastVerifiedSchema>;

export interface BackupRecords {
  /** Null when no schedule was ever saved. */
  schedule: StoredSchedule | null;
  passphraseSet: boolean;
  lastBackup: LastBackup | null;
  lastVerified: LastVerified | null;
  lastScheduledRun: ScheduledRun | null;
  lastScheduledOkAt: string | null;
  /** A restore brought in a vault whose schedule has no folder on this computer. */
  chooseFolderAgain: boolean;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const r = schema.safeParse(value);
  return r.success ? r.data : null;
}

export async function readBackupRecords(db: AppDb): Promise<BackupRecords> {
  const all = await settingsRepo.all(db);
  return {
    schedule: parsed(storedScheduleSchema, all[KEY.schedule]),
    passphraseSet: typeof all[KEY.passphrase] === 'string',
    lastBackup: parsed(lastBackupSchema, all[KEY.lastBackup]),
    lastVerified: parsed(lastVerifiedSchema, all[KEY.lastVerified]),
    lastScheduledRun: parsed(scheduledRunSchema, all[KEY.lastScheduledRun]),
    lastScheduledOkAt: parsed(z.string(), all[KEY.lastScheduledOkAt]),
    chooseFolderAgain: all[KEY.chooseFolderAgain] === true,
  };
}

/** Only core's scheduled run reads it, to encrypt and verify. */
export async function readSchedulePassphrase(db: AppDb): Promise<string | null> {
  const v = (await settingsRepo.all(db))[KEY.passphrase];
  return typeof v === 'string' ? v : null;
}

export const backupRecords = {
  saveSchedule: (db: AppDb, s: StoredSchedule, by: string | null) => settingsRepo.put(db, KEY.schedule, s, nowIso(), by),
  savePassphrase: (db: AppDb, p: string, by: string | null) => settingsRepo.put(db, KEY.passphrase, p, nowIso(), by),
  saveLastBackup: (db: AppDb, b: LastBackup, by: string | null) => settingsRepo.put(db, KEY.lastBackup, b, nowIso(), by),
  saveLastVerified: (db: AppDb, v: LastVerified, by: string | null) => settingsRepo.put(db, KEY.lastVerified, v, nowIso(), by),
  saveScheduledRun: (db: AppDb, r: ScheduledRun) => settingsRepo.put(db, KEY.lastScheduledRun, r, nowIso(), null),
  saveScheduledOk: (db: AppDb, at: string) => settingsRepo.put(db, KEY.lastScheduledOkAt, at, nowIso(), null),
  askFolderAgain: (db: AppDb) => settingsRepo.put(db, KEY.chooseFolderAgain, true, nowIso(), null),
  folderChosen: (db: AppDb) => settingsRepo.remove(db, KEY.chooseFolderAgain),
};

/** A restored database's own record moves forward to the backup it came from, never back. */
export async function recordRestoredFrom(db: AppDb, from: LastVerified): Promise<void> {
  const { lastVerified } = await readBackupRecords(db);
  if (!lastVerified || lastVerified.createdAt < from.createdAt) await backupRecords.saveLastVerified(db, from, null);
}

/**
 * Earlier versions kept a private X25519 identity here and sealed every scheduled backup
 * to it as well, so core could read the file back: a private key on the laptop that opens
 * every scheduled backup. Scheduled runs now verify with the file key they hold in memory;
 * the stored identity is deleted (secure_delete overwrites its page) on the next run.
 */
export async function forgetVerifyIdentity(db: AppDb): Promise<void> {
  if ((await settingsRepo.all(db))[KEY.verifyIdentity] !== undefined) await settingsRepo.remove(db, KEY.verifyIdentity);
}
