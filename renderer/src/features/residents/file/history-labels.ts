import type { HistoryEntry, HistorySection } from '../../../../../shared/domain/resident-care';
import { hasKey, type MessageKey } from '../../../../../shared/i18n/translate';
import type { TFunction } from '../../../i18n/useT';

/** Where each part of the file keeps its field labels. */
const LABEL_GROUPS: Record<HistorySection, string[]> = {
  identity: ['residentFields', 'residentFields.place', 'residentFile.missing'],
  stay: ['residentHistory.fields'],
  bed: ['residentHistory.fields'],
  profile: ['trafficking.fields'],
  consent: ['consent.fields'],
  care: ['care.fields'],
};

const SPECIAL: Record<string, MessageKey> = {
  'origin.country': 'residentFields.country',
  'origin.place': 'residentFields.placeDetail',
  estimatedAgeYears: 'residentFields.estimatedAge',
};

/**
 * A changed field by its label in that part of the file, else its raw name: History names
 * fields, never their values.
 */
export function fieldLabel(t: TFunction, section: HistorySection | null, field: string): string {
  if (SPECIAL[field]) return t(SPECIAL[field]);
  const name = field.replace(/^(origin|identity|profile)\./, '');
  // The entry's own part of the file first; an admission, say, also names its referral and bed.
  const groups = [...(section ? LABEL_GROUPS[section] : []), ...Object.values(LABEL_GROUPS).flat()];
  const key = groups.map((g) => `${g}.${name}`).find((k) => hasKey(k));
  return key ? t(key as MessageKey) : field;
}

export function whatHappened(t: TFunction, e: HistoryEntry): string {
  if (e.action === 'resident.viewed') {
    return t(
      e.section === 'profile'
        ? 'residentHistory.viewed.profile'
        : e.section === 'consent'
          ? 'residentHistory.viewed.consent'
          : 'residentHistory.viewed.file',
    );
  }
  const key = `audit.action.${e.action}`;
  return hasKey(key) ? t(key as MessageKey) : e.action;
}

export function whatChanged(t: TFunction, e: HistoryEntry): string {
  const parts: string[] = [];
  if (e.purpose) {
    const key = `consent.purpose.${e.purpose}`;
    parts.push(hasKey(key) ? t(key as MessageKey) : e.purpose);
  }
  if (e.fields.length > 0) parts.push(e.fields.map((f) => fieldLabel(t, e.section, f)).join(', '));
  return parts.join(' · ');
}
