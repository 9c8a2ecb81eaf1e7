import { settingsSchema, type Settings } from '../../../../shared/domain/settings';
import { validateWith, type FieldErrors } from '../../forms/field-errors';
import type { TFunction } from '../../i18n/useT';

/** NumberInput gives '' while the field is empty; the schema then says "required". */
export type SettingsFormValues = Omit<Settings, 'idleLockMinutes' | 'stayLimitDays' | 'previousRetentionDays'> & {
  idleLockMinutes: number | string;
  stayLimitDays: number | string;
  previousRetentionDays: number | string;
};

// zod reports one end of a range per issue; the message names both.
const RANGES = {
  idleLockMinutes: { min: 1, max: 120 },
  stayLimitDays: { min: 30, max: 730 },
  previousRetentionDays: { min: 1, max: 365 },
};

export function validateSettings(t: TFunction, values: SettingsFormValues): FieldErrors {
  return validateWith(t, settingsSchema, toSettings(values), RANGES);
}

export function toSettings(values: SettingsFormValues): Settings {
  const num = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? (undefined as unknown as number) : Number(v));
  return {
    ...values,
    idleLockMinutes: num(values.idleLockMinutes),
    stayLimitDays: num(values.stayLimitDays),
    previousRetentionDays: num(values.previousRetentionDays),
  };
}

/** Only what changed is sent, so the audit log records exactly what the manager edited. */
export function changedFields(before: Settings, after: Settings): Partial<Settings> {
  const patch: Partial<Settings> = {};
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (after[key] !== before[key]) (patch as Record<string, unknown>)[key] = after[key];
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
