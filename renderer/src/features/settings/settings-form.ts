import { settingsSchema, type Settings } from '../../../../shared/domain/settings';
import { validateWith, type FieldErrors } from '../../forms/field-errors';
import type { TFunction } from '../../i18n/useT';

type NumberField = 'idleLockMinutes' | 'stayLimitDays' | 'previousRetentionDays' | 'anonymisationK';

/**
 * NumberInput gives '' while the field is empty; the schema then says "required". The
 * follow-up months are typed as one line ("1, 3, 6, 12").
 */
export type SettingsFormValues = Omit<Settings, NumberField | 'followUpMonths'> &
  Record<NumberField, number | string> & { followUpMonths: string };

// zod reports one end of a range per issue; the message names both.
const RANGES = {
  idleLockMinutes: { min: 1, max: 120 },
  stayLimitDays: { min: 30, max: 730 },
  previousRetentionDays: { min: 1, max: 365 },
  anonymisationK: { min: 5, max: 100 },
};

const MONTHS = settingsSchema.shape.followUpMonths;

/**
 * "1, 3, 6, 12" → [1, 3, 6, 12], in order and each once; null when any part is not a whole
 * month the schema accepts, so nothing is silently dropped from what the manager typed.
 */
export function parseFollowUpMonths(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) return null;
  const months = [...new Set(parts.map(Number))].sort((a, b) => a - b);
  return MONTHS.safeParse(months).success ? months : null;
}

export const formatFollowUpMonths = (months: readonly number[]) => months.join(', ');

export function validateSettings(t: TFunction, values: SettingsFormValues): FieldErrors {
  const errors = validateWith(t, settingsSchema, toSettings(values), RANGES);
  for (const path of Object.keys(errors)) if (path.startsWith('followUpMonths')) delete errors[path];
  if (values.followUpMonths.trim() === '') errors.followUpMonths = t('validation.required');
  else if (!parseFollowUpMonths(values.followUpMonths)) errors.followUpMonths = t('validation.followUpMonthsList');
  return errors;
}

export function toFormValues(settings: Settings): SettingsFormValues {
  return { ...settings, followUpMonths: formatFollowUpMonths(settings.followUpMonths) };
}

export function toSettings(values: SettingsFormValues): Settings {
  const num = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? (undefined as unknown as number) : Number(v));
  return {
    ...values,
    idleLockMinutes: num(values.idleLockMinutes),
    stayLimitDays: num(values.stayLimitDays),
    previousRetentionDays: num(values.previousRetentionDays),
    anonymisationK: num(values.anonymisationK),
    followUpMonths: parseFollowUpMonths(values.followUpMonths) ?? [],
  };
}

/** Only what changed is sent, so the audit log records exactly what the manager edited. */
export function changedFields(before: Settings, after: Settings): Partial<Settings> {
  const patch: Partial<Settings> = {};
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    // Lists (the follow-up months) are new arrays on every edit: compare what they hold.
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) (patch as Record<string, unknown>)[key] = after[key];
  }
  return patch;
}

export const SETTINGS_RANGES = RANGES;

export function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return zones.includes(current) ? zones : [current, ...zones];
}
