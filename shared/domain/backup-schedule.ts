import { z } from 'zod';
import { ERROR_CODES } from '../errors';

/** An age X25519 public key (`age1…`, bech32). Safe to store: it can only encrypt. */
export const ageRecipientSchema = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, 'invalid');

export const BACKUP_INTERVAL_HOURS = { min: 6, max: 168, default: 24 } as const;
export const BACKUP_KEEP_DAILY = { min: 1, max: 60, default: 7 } as const;
export const BACKUP_KEEP_WEEKLY = { min: 0, max: 52, default: 4 } as const;
export const BACKUP_STALE_DAYS = { min: 1, max: 90, default: 7 } as const;
/**
 * Incremental chains: a scheduled run writes only what changed since the previous file,
 * until the chain's first (full) backup is this many days old (0: every run is full)…
 */
export const BACKUP_FULL_EVERY_DAYS = { min: 0, max: 90, default: 7 } as const;
/** …or the links together pass this share (percent) of the full backup's size. */
export const BACKUP_CHAIN_MAX_PERCENT = { min: 5, max: 200, default: 50 } as const;

/**
 * How a scheduled backup is encrypted with nobody there to type a passphrase:
 * - `recipients`: X25519 public keys (e.g. the head office's, from `amizero backup keygen`).
 *   Only public keys are stored; whoever holds the matching identity file can open them.
 *   Recommended: nothing secret is kept on the laptop for this.
 * - `passphrase`: a backup passphrase kept ONLY inside the encrypted database (settings
 *   table), never in a file, log or the renderer; core needs the vault unlocked to read it,
 *   which it must be anyway to take the snapshot. It is never sent back to the window.
 * The age format allows a passphrase only as the sole recipient, so the two do not mix.
 */
export const BACKUP_PROTECTION_MODES = ['recipients', 'passphrase'] as const;
export const backupProtectionModeSchema = z.enum(BACKUP_PROTECTION_MODES);

const folder = z.string().min(1).max(4096);
/** A folder chosen in a dialog just now (core's token for it); omitted keeps the stored folder. */
const folderToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'invalid');

/**
 * What a manager sets. The passphrase is write-only: omitted means "keep the stored one";
 * so is the folder (a new one comes as a dialog token). Changing the folder, the
 * recipients, the passphrase or the mode needs the manager's password again (`password`),
 * checked by core. Cross-field rules (recipients per mode) are checked here so the window
 * can show them next to the fields; core checks the stored passphrase and folder itself.
 */
export const backupScheduleInputSchema = z
  .object({
    enabled: z.boolean(),
    folderToken: folderToken.optional(),
    intervalHours: z.number().int().min(BACKUP_INTERVAL_HOURS.min).max(BACKUP_INTERVAL_HOURS.max),
    keepDaily: z.number().int().min(BACKUP_KEEP_DAILY.min).max(BACKUP_KEEP_DAILY.max),
    keepWeekly: z.number().int().min(BACKUP_KEEP_WEEKLY.min).max(BACKUP_KEEP_WEEKLY.max),
    staleAfterDays: z.number().int().min(BACKUP_STALE_DAYS.min).max(BACKUP_STALE_DAYS.max),
    /** Absent: as stored (the defaults for a schedule saved before chains existed). */
    fullEveryDays: z.number().int().min(BACKUP_FULL_EVERY_DAYS.min).max(BACKUP_FULL_EVERY_DAYS.max).optional(),
    chainMaxPercent: z.number().int().min(BACKUP_CHAIN_MAX_PERCENT.min).max(BACKUP_CHAIN_MAX_PERCENT.max).optional(),
    mode: backupProtectionModeSchema,
    recipients: z.array(ageRecipientSchema).max(20),
    passphrase: z.string().min(1).max(1024).optional(),
    password: z.string().min(1).max(1024).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.enabled && v.mode === 'recipients' && v.recipients.length === 0)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['recipients'] });
  });
export type BackupScheduleInput = z.infer<typeof backupScheduleInputSchema>;

/** What the window sees: the same settings, the passphrase reduced to "is one stored". */
export const backupScheduleViewSchema = z.object({
  enabled: z.boolean(),
  folder: folder.nullable(),
  intervalHours: z.number().int(),
  keepDaily: z.number().int(),
  keepWeekly: z.number().int(),
  staleAfterDays: z.number().int(),
  fullEveryDays: z.number().int(),
  chainMaxPercent: z.number().int(),
  mode: backupProtectionModeSchema,
  recipients: z.array(z.string()),
  passphraseSet: z.boolean(),
  /** A restore brought in data whose schedule has no folder on this computer: choose it again. */
  chooseFolderAgain: z.boolean(),
  /** When the next scheduled backup is due (UTC ISO); null when disabled. It runs only while someone is signed in. */
  nextDueAt: z.string().nullable(),
});
export type BackupScheduleView = z.infer<typeof backupScheduleViewSchema>;

export const SCHEDULED_RUN_OUTCOMES = ['ok', 'skipped_folder_missing', 'failed'] as const;
export const scheduledRunSchema = z.object({
  at: z.string(),
  outcome: z.enum(SCHEDULED_RUN_OUTCOMES),
  /** Why it failed (an error code the window translates with `errors.<code>`). */
  errorCode: z.enum(ERROR_CODES).optional(),
  /** How many older scheduled backups rotation deleted on this run. */
  rotatedOut: z.number().int().nonnegative().optional(),
});
export type ScheduledRun = z.infer<typeof scheduledRunSchema>;

export const lastBackupSchema = z.object({
  at: z.string(),
  fileName: z.string(),
  folder: z.string(),
  bytes: z.number().int().nonnegative(),
  /** True when the file was read back and checked end to end after writing (or later). */
  verified: z.boolean(),
  scheduled: z.boolean(),
});
export type LastBackup = z.infer<typeof lastBackupSchema>;

export const BACKUP_OPERATIONS = ['create', 'verify', 'restore', 'scheduled'] as const;
export const backupOperationSchema = z.enum(BACKUP_OPERATIONS);
export type BackupOperation = z.infer<typeof backupOperationSchema>;

/**
 * The dashboard's view. Every signed-in role sees the age and whether it is stale (so
 * anyone can tell the manager); `details` is false for other roles and the fields that
 * name files and folders are then null.
 */
export const backupStatusSchema = z.object({
  details: z.boolean(),
  lastBackup: lastBackupSchema.nullable(),
  lastVerifiedAt: z.string().nullable(),
  /** Hours since the last verified backup, null when there is none. */
  ageHours: z.number().nullable(),
  /** No verified backup at all, or the last one is older than `staleAfterDays`. */
  stale: z.boolean(),
  staleAfterDays: z.number().int(),
  schedule: backupScheduleViewSchema.nullable(),
  lastScheduledRun: scheduledRunSchema.nullable(),
  /** A backup, verify or restore running right now (e.g. a scheduled one in the background). */
  running: z.object({ operation: backupOperationSchema, startedAt: z.string() }).nullable(),
  /** The vault the latest restore set aside, when there is one to put back (managers only). */
  undo: z.object({ setAsideAt: z.string() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const BACKUP_PROGRESS_PHASES = ['snapshot', 'encrypt', 'verify', 'stage', 'swap', 'rotate', 'done'] as const;
export const backupProgressSchema = z.object({
  operation: backupOperationSchema,
  phase: z.enum(BACKUP_PROGRESS_PHASES),
  bytesDone: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative().nullable(),
  /** Seconds left at the current rate; null until there is enough to estimate. */
  etaSeconds: z.number().nonnegative().nullable(),
});
export type BackupProgressEvent = z.infer<typeof backupProgressSchema>;
