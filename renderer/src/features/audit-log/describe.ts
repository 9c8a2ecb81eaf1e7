import type { AuditEntryView } from '../../../../shared/domain/audit';
import { ROLES, type Role } from '../../../../shared/roles';
import { LOCK_REASONS } from '../../../../shared/contract/channels/auth';
import { settingsSchema } from '../../../../shared/domain/settings';
import type { TFunction } from '../../i18n/useT';

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const SETTING_KEYS = Object.keys(settingsSchema.shape) as (keyof typeof settingsSchema.shape)[];

/** A short human line for the details core stored with an entry; unknown shapes show nothing. */
export function describeDetails(t: TFunction, e: AuditEntryView): string {
  const d = e.details;
  switch (e.action) {
    case 'user.created':
      return isRole(d.role) ? t(`roles.${d.role}`) : '';
    case 'user.role_changed':
      return isRole(d.from) && isRole(d.to) ? t('auditLog.details.roleChange', { from: t(`roles.${d.from}`), to: t(`roles.${d.to}`) }) : '';
    case 'user.updated':
      return Array.isArray(d.fields) && d.fields.includes('fullName') ? t('auditLog.details.nameChanged') : '';
    case 'settings.changed': {
      const keys = Array.isArray(d.changes) ? d.changes.map((c: { key?: unknown }) => c.key) : [];
      return SETTING_KEYS.filter((k) => keys.includes(k))
        .map((k) => t(`settings.fields.${k}`))
        .join(', ');
    }
    case 'auth.lock': {
      const reason = LOCK_REASONS.find((r) => r === d.reason);
      return reason ? t(`lock.reason.${reason}`) : '';
    }
    case 'auth.sign_in_failed':
      if (d.recoveryKey === true) return t('auditLog.details.recoveryKeyAttempt');
      return d.knownUser === false ? t('auditLog.details.unknownUsername') : '';
    case 'vault.created':
      return typeof d.siteCode === 'string' ? t('auditLog.details.siteCode', { code: d.siteCode }) : '';
    default:
      return '';
  }
}

export function describeActor(t: TFunction, e: AuditEntryView): string {
  if (e.actorName) return e.actorName;
  return e.actorId ? t('auditLog.unknownPerson') : t('auditLog.noActor');
}

/** Whom an entry is about, left empty when that is the person who did it. */
export function describeTarget(e: AuditEntryView, names: Record<string, string>): string {
  if (e.targetType === 'user' && e.targetId && e.targetId !== e.actorId) return names[e.targetId] ?? '';
  // A resident by her code, never her name: the log says whose file was read without exposing it.
  if (e.targetType === 'resident') return e.targetLabel ?? '';
  return '';
}
