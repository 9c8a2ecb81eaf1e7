import { z } from 'zod';

/** Every action core writes to the audit log. Labels: i18n `audit.action.<id>`. */
export const AUDIT_ACTIONS = [
  'vault.created',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.lock',
  'auth.password_changed',
  'auth.password_recovered',
  'auth.kdf_upgraded',
  'auth.keys_upgraded',
  'vault.documents_sealed',
  'vault.rekeyed',
  'vault.recovery_upgraded',
  'user.slot_missing',
  'vault.previous_pruned',
  'user.created',
  'user.updated',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.password_reset',
  'settings.changed',
  'audit.verified',
  'backup.created',
  'backup.verified',
  'backup.restored',
  'backup.restore_undone',
  'backup.cancelled',
  'backup.schedule_changed',
  'backup.scheduled_skipped',
  'backup.scheduled_failed',
  'resident.created',
  'resident.viewed',
  'resident.updated',
  'resident.referral_in_saved',
  'resident.bed_assigned',
  'room.created',
  'room.updated',
  'resident.discharged',
  'resident.readmitted',
  'resident.profile_updated',
  'resident.consent_recorded',
  'resident.consent_withdrawn',
  'resident.care_updated',
  'resident.document_attached',
  'resident.document_viewed',
  'resident.document_exported',
  'resident.document_removed',
  'resident.referral_out_created',
  'resident.referral_out_updated',
  'resident.glass_broken',
  'resident.consent_overridden',
  'partner.created',
  'partner.updated',
  'partner.removed',
  'consent.target_resolved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  /** What people call the target: a resident's code (never a name), for the log's "About" column. */
  targetLabel: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  problems: z.array(
    z.object({
      seq: z.number().int(),
      kind: z.enum(['edited', 'missing', 'reordered', 'broken_link', 'truncated', 'rewritten', 'anchor_invalid']),
    }),
  ),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;
