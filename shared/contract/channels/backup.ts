import { z } from 'zod';
import { channel } from '../define';
import { ALL_ROLES, MANAGER_ONLY } from '../../roles';
import {
  ageRecipientSchema,
  backupScheduleInputSchema,
  backupScheduleViewSchema,
  backupStatusSchema,
  scheduledRunSchema,
} from '../../domain/backup-schedule';
import { usernameSchema } from '../../domain/user';
import { pathTokenSchema } from '../dialogs';

/**
 * Backups. Every file and folder here is one the user picked in a dialog, passed as
 * core's one-time token for it (never a path); core checks each path again (absolute,
 * existing, outside the data folder). A passphrase and recipient keys cannot be
 * combined: the age format allows a passphrase only as the sole recipient.
 */
const token = pathTokenSchema;
/** The signed-in manager's password again, for changes to who can open backups or where they go. */
export const reauthPasswordSchema = z.string().min(1).max(1024);
const passphrase = z.string().min(1).max(1024);
export { ageRecipientSchema };
/** Pieces for e-mail: most mail servers refuse attachments past 10–25 MB. */
export const PIECE_MB = { min: 1, max: 2048, default: 10 } as const;

export const backupSummarySchema = z.object({
  formatVersion: z.number().int(),
  appVersion: z.string(),
  schemaVersion: z.string(),
  organisationName: z.string(),
  siteCode: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()),
  databaseBytes: z.number().int(),
  /** The vault the backup was taken of (from its keyring): tells a restore over another vault apart. */
  vaultId: z.string().optional(),
});
export type BackupSummaryView = z.infer<typeof backupSummarySchema>;

/** A restore point in the scheduled folder: a full backup, or a link and the files it needs. */
export const backupChainPointSchema = z.object({
  fileName: z.string(),
  kind: z.enum(['full', 'link']),
  /** 0 for a full backup; a link's place in its chain. */
  sequence: z.number().int().nonnegative(),
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
  /** The other files a restore to this point needs (its full backup, earlier links). */
  needs: z.array(z.string()),
  /** This file and those it needs, together. */
  needsBytes: z.number().int().nonnegative(),
  /** Every needed file is in the folder. */
  complete: z.boolean(),
});
export type BackupChainPoint = z.infer<typeof backupChainPointSchema>;

/** A backup file to open, with the passphrase or the identity (key) file that opens it. */
const backupSourceFields = {
  sourceToken: token,
  passphrase: passphrase.optional(),
  identityToken: token.optional(),
  /** When the file is an incremental link: the folder (a backupFolder choice) holding the files of its chain. */
  linksFolderToken: token.optional(),
};
const oneSecret = (v: { passphrase?: string; identityToken?: string }) => (v.passphrase === undefined) !== (v.identityToken === undefined);
export const backupSourceSchema = z
  .object(backupSourceFields)
  .strict()
  .refine(oneSecret, { message: 'required', path: ['passphrase'] });

/**
 * A file that decrypts is not yet trusted: restoring needs a sign-in to the incoming
 * backup itself, with one of its manager accounts or its recovery key.
 */
export const restoreTrustSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('account'), username: usernameSchema, password: z.string().min(1).max(1024) }).strict(),
  z.object({ method: z.literal('recoveryKey'), recoveryKey: z.string().min(1).max(200) }).strict(),
]);
export type RestoreTrust = z.infer<typeof restoreTrustSchema>;

export const backupRestoreInputSchema = z
  .object({
    ...backupSourceFields,
    trust: restoreTrustSchema,
    /** The manager saw that the backup is of another vault than the live one, and still wants it. */
    confirmOtherVault: z.boolean().default(false),
  })
  .strict()
  .refine(oneSecret, { message: 'required', path: ['passphrase'] });

export const backupPreviewSchema = z.object({
  summary: backupSummarySchema,
  /** Null when there is no current vault to compare with (a new computer). */
  sameOrganisation: z.boolean().nullable(),
  sameSite: z.boolean().nullable(),
  /** False when the backup is of another vault than the live one (a restore must be confirmed); null on a new computer. */
  sameVault: z.boolean().nullable(),
  /** True when the UI must warn before restoring (another organisation, site or vault). */
  warnDifferentOrigin: z.boolean(),
  /** Previewing spent the chosen files' tokens: these are for the restore that follows. */
  renewed: z.object({ sourceToken: token, identityToken: token.optional(), linksFolderToken: token.optional() }),
  /** The chosen file is an incremental link: how many files (its full backup and links) rebuilt it. */
  chainFiles: z.number().int().positive().optional(),
});

export const backupRestoreResultSchema = z.object({
  summary: backupSummarySchema,
  /** Name of the folder (inside the data folder) holding the replaced vault, for undo. */
  previousFolder: z.string().nullable(),
  migrated: z.boolean(),
});

export const backupChannels = {
  'backup.create': channel({
    input: z
      .object({
        folderToken: token,
        fileName: z.string().min(1).max(160).optional(),
        passphrase: passphrase.optional(),
        recipients: z.array(ageRecipientSchema).max(20).default([]),
        /** Required with recipients: sealing a copy of everything to a key is a change of who can read it. */
        password: reauthPasswordSchema.optional(),
      })
      .strict()
      .refine((v) => (v.passphrase === undefined) !== (v.recipients.length === 0), { message: 'required', path: ['passphrase'] }),
    output: z.object({
      path: z.string(),
      fileName: z.string(),
      fileBytes: z.number().int(),
      summary: backupSummarySchema,
      /** A backupFile token for the file just written, so the window can read it back at once. */
      checkToken: token,
    }),
    access: MANAGER_ONLY,
    secret: true,
  }),
  'backup.verify': channel({ input: backupSourceSchema, output: backupSummarySchema, access: MANAGER_ONLY, secret: true }),
  'backup.preview': channel({ input: backupSourceSchema, output: backupPreviewSchema, access: MANAGER_ONLY, secret: true }),
  /** Verifies everything, then locks Amizero and swaps the backup in; staff then sign in with the backup's passwords. */
  'backup.restore': channel({ input: backupRestoreInputSchema, output: backupRestoreResultSchema, access: MANAGER_ONLY, secret: true }),
  'backup.undoRestore': channel({
    input: z.object({}).strict(),
    output: z.object({ restoredFolder: z.string(), keptAs: z.string().nullable() }),
    access: MANAGER_ONLY,
  }),
  /** First run on a new computer (no vault yet): refused once a vault exists. */
  'backup.previewNew': channel({ input: backupSourceSchema, output: backupPreviewSchema, access: 'public', secret: true }),
  'backup.restoreNew': channel({ input: backupRestoreInputSchema, output: backupRestoreResultSchema, access: 'public', secret: true }),
  /**
   * Cuts a backup file into pieces of at most pieceMB for e-mail, each an age file of its
   * own to the given passphrase or keys (usually the backup's own), written into a folder.
   * Reported as a 'create' operation: progress and cancel as for a backup.
   */
  'backup.split': channel({
    input: z
      .object({
        sourceToken: token,
        folderToken: token,
        pieceMB: z.number().int().min(PIECE_MB.min).max(PIECE_MB.max).default(PIECE_MB.default),
        passphrase: passphrase.optional(),
        recipients: z.array(ageRecipientSchema).max(20).default([]),
      })
      .strict()
      .refine((v) => (v.passphrase === undefined) !== (v.recipients.length === 0), { message: 'required', path: ['passphrase'] }),
    output: z.object({ pieces: z.array(z.string()), fileBytes: z.number().int().nonnegative() }),
    access: MANAGER_ONLY,
    secret: true,
  }),
  /**
   * Stops the backup, verify or restore that is running (also a scheduled one). Skips
   * core's queue, or it would wait for the very operation it is meant to stop. A
   * cancelled backup leaves no file behind; a cancelled restore leaves live data as it was.
   */
  'backup.cancel': channel({
    input: z.object({}).strict(),
    output: z.object({ cancelled: z.boolean() }),
    access: MANAGER_ONLY,
    bypassQueue: true,
  }),
  /** The dashboard: every role sees how old the last verified backup is; managers see the details. */
  'backup.status': channel({ input: z.object({}).strict(), output: backupStatusSchema, access: ALL_ROLES }),
  'backup.schedule.get': channel({ input: z.object({}).strict(), output: backupScheduleViewSchema, access: MANAGER_ONLY }),
  /** The restore points in the scheduled folder (full backups and incremental links) and what each needs. */
  'backup.chains': channel({ input: z.object({}).strict(), output: z.array(backupChainPointSchema), access: MANAGER_ONLY }),
  'backup.schedule.set': channel({
    input: backupScheduleInputSchema,
    output: backupScheduleViewSchema,
    access: MANAGER_ONLY,
    secret: true,
  }),
  /** Runs the scheduled backup now, whether due or not (a "back up now to the USB stick" button). */
  'backup.schedule.runNow': channel({
    input: z.object({}).strict(),
    output: scheduledRunSchema,
    access: MANAGER_ONLY,
  }),
};
