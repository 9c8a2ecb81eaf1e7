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
  'PLAN_CHANGED_ELSEWHERE',
  'PATH_NOT_CHOSEN',
  'PATH_NETWORK',
  'REAUTH_REQUIRED',
  'DESTINATION_EXISTS',
  'BACKUP_CHAIN_BASE_MISSING',
  'BACKUP_CHAIN_LINK_MISSING',
  'BACKUP_CHAIN_DUPLICATE',
  'BACKUP_CHAIN_FOREIGN',
  'BACKUP_CHAIN_ORDER',
  'BACKUP_PIECE_MISSING',
  'BACKUP_PIECES_MIXED',
  'BACKUP_REPLICA_INVALID',
  'INTERNAL',
  'CASE_CLOSED',
  'PRINT_JOB_UNKNOWN',
  'ERASURE_LIST_TAMPERED',
  'ERASE_OPEN_STAY',
  'ERASE_SAME_ACCOUNT',
  'ERASE_APPROVER_NOT_MANAGER',
  'RETENTION_ZERO',
  'CORRECTION_ANSWERED',
  'CORRECTION_CHANGE_INVALID',
  'ANONYMISATION_K_INVALID',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({ path: z.string(), code: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
  retryAfterMs: z.number().int().nonnegative().optional(),
  /** What a named refusal names (link number, file name, when it was made): placeholders of its message. */
  params: z.record(z.string(), z.union([z.string().max(300), z.number()])).optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;
export type ErrorParams = NonNullable<AppErrorData['params']>;

/** Thrown inside core; serialised to AppErrorData at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldError[];
  readonly retryAfterMs?: number;
  readonly params?: ErrorParams;
  constructor(code: ErrorCode, message: string, extra: { fields?: FieldError[]; retryAfterMs?: number; params?: ErrorParams } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (extra.fields) this.fields = extra.fields;
    if (extra.retryAfterMs !== undefined) this.retryAfterMs = extra.retryAfterMs;
    if (extra.params) this.params = extra.params;
  }
  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message };
    if (this.fields) data.fields = this.fields;
    if (this.retryAfterMs !== undefined) data.retryAfterMs = this.retryAfterMs;
    if (this.params) data.params = this.params;
    return data;
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
