import { z } from 'zod';

/**
 * Error codes that cross the IPC boundary. The renderer translates them with the
 * `errors.<code>` i18n key; core attaches an English message for logs and the CLI.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'PERMISSION_DENIED',
  'NOT_SIGNED_IN',
  'WRONG_CREDENTIALS',
  'THROTTLED',
  'SIGN_IN_STATE_UNWRITABLE',
  'ACCOUNT_DISABLED',
  'PASSWORD_CHANGE_REQUIRED',
  'VAULT_EXISTS',
  'VAULT_MISSING',
  'KEYRING_DAMAGED',
  'DATABASE_DAMAGED',
  'PLAINTEXT_DATABASE',
  'SCHEMA_TOO_NEW',
  'SCHEMA_TAMPERED',
  'NOT_FOUND',
  'USERNAME_TAKEN',
  'LAST_MANAGER',
  'WEAK_PASSWORD',
  'RECOVERY_KEY_INVALID',
  'RECOVERY_CONFIRMATION_MISMATCH',
  'SETUP_NOT_PREPARED',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'BACKUP_WRONG_PASSPHRASE',
  'BACKUP_WRONG_KEY',
  'BACKUP_KEY_FILE_INVALID',
  'BACKUP_DAMAGED',
  'BACKUP_NOT_A_BACKUP',
  'BACKUP_BAD_RECIPIENT_SHARE',
  'BACKUP_TOO_NEW',
  'BACKUP_LOCATION_INVALID',
  'BACKUP_WRITE_FAILED',
  'BACKUP_CANCELLED',
  'BACKUP_NOTHING_TO_UNDO',
  'DOCUMENT_TOO_LARGE',
  'DOCUMENT_TYPE_NOT_ALLOWED',
  'DOCUMENT_TYPE_MISMATCH',
  'DOCUMENT_EXPORT_LOCATION_INVALID',
  'DISK_FULL',
  'DISK_WRITE_FAILED',
  'BACKUP_BUSY',
  'BACKUP_FOLDER_MISSING',
  'BACKUP_NOT_SCHEDULED',
  'CORE_STOPPED',
  'SEALED_KEY_MISSING',
  'ACCOUNT_KEYS_NOT_UPGRADED',
  'RESIDENT_NOT_ASSIGNED',
  'CONSENT_REQUIRED',
  'PARTNER_NOT_FOUND',
  'BACKUP_SIGN_IN_FAILED',
  'BACKUP_SIGN_IN_NOT_MANAGER',
  'BACKUP_OTHER_VAULT',
  'PATH_NOT_CHOSEN',
  'PATH_NETWORK',
  'REAUTH_REQUIRED',
  'DESTINATION_EXISTS',
  'INTERNAL',
  'CASE_CLOSED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({ path: z.string(), code: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
  retryAfterMs: z.number().int().nonnegative().optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;

/** Thrown inside core; serialised to AppErrorData at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldError[];
  readonly retryAfterMs?: number;
  constructor(code: ErrorCode, message: string, extra: { fields?: FieldError[]; retryAfterMs?: number } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (extra.fields) this.fields = extra.fields;
    if (extra.retryAfterMs !== undefined) this.retryAfterMs = extra.retryAfterMs;
  }
  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message };
    if (this.fields) data.fields = this.fields;
    if (this.retryAfterMs !== undefined) data.retryAfterMs = this.retryAfterMs;
    return data;
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
