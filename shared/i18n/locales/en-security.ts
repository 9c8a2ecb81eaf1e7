/** English strings for security round two: error codes and audit anchor findings (spread into en.ts). */
export const enSecurityErrors = {
  SCHEMA_TAMPERED:
    'The database holds tables, triggers or views that Amizero did not create, so someone may have altered it. Nothing was changed. Restore from a backup or contact IT support.',
  SIGN_IN_STATE_UNWRITABLE:
    'Amizero cannot record sign-in attempts in its data folder (the disk may be full or read-only), so sign-in is refused for safety. Free some space or contact IT support.',
  BACKUP_BAD_RECIPIENT_SHARE:
    'This backup file is not valid: its key exchange uses a forbidden value. It may have been made to attack this computer. Nothing was changed.',
};

export const enAuditKinds = {
  truncated: 'newest entries removed (the log is shorter than its recorded head)',
  rewritten: 'log rewritten (it no longer matches its recorded head)',
  anchor_invalid: 'the recorded head of the log was tampered with',
};
