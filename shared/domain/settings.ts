import { z } from 'zod';
import { residentAccessModeSchema } from '../access/mode';
import { DEFAULT_FOLLOW_UP_MONTHS } from '../enums/reintegration';

export const SUPPORTED_LOCALES = ['en', 'rw', 'fr'] as const;
export const localeSchema = z.enum(SUPPORTED_LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const organisationNameSchema = z.string().trim().min(2).max(120);
/** Short code printed in resident codes, e.g. KGL in KGL-2026-0042. */
export const siteCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,6}$/, { message: 'siteCode.format' });

/** Zones already found valid: building a formatter costs more than many a query, and settings are read on most calls. */
const knownZones = new Set<string>();
const timeZoneSchema = z.string().refine(
  (tz) => {
    if (knownZones.has(tz)) return true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      knownZones.add(tz);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'timeZone.invalid' },
);

/** Settings a manager may change. Defaults are applied by core when a key is absent. */
/** The smallest k the anonymised export accepts: the small-count rule of every report. */
export const ANONYMISATION_K_MINIMUM = 5;

export const settingsSchema = z.object({
  organisationName: organisationNameSchema,
  siteCode: siteCodeSchema,
  idleLockMinutes: z.number().int().min(1).max(120),
  timeZone: timeZoneSchema,
  defaultLocale: localeSchema,
  stayLimitDays: z.number().int().min(30).max(730),
  /** Pre-restore copies (previous-* folders) are removed after this many days. */
  previousRetentionDays: z.number().int().min(1).max(365),
  residentAccess: residentAccessModeSchema,
  /**
   * k of the anonymised export: every combination of quasi-identifiers it contains is shared
   * by at least this many people. Never below 5 (the small-count rule of every report).
   */
  anonymisationK: z.number().int().min(ANONYMISATION_K_MINIMUM).max(100),
  /** Follow-up visits after discharge, in months (Reintegration). */
  followUpMonths: z.array(z.number().int().min(1).max(24)).min(1).max(12),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Omit<Settings, 'organisationName' | 'siteCode'> = {
  idleLockMinutes: 5,
  timeZone: 'Africa/Kigali',
  defaultLocale: 'en',
  // Ministerial Order 13/2021: shelter stays are limited to six months.
  stayLimitDays: 183,
  previousRetentionDays: 30,
  // New vaults: need-to-know. Older vaults hold 'all' from migration 0006 until a manager changes it.
  residentAccess: 'assigned',
  anonymisationK: 11,
  followUpMonths: [...DEFAULT_FOLLOW_UP_MONTHS],
};

export const settingsPatchSchema = settingsSchema.partial();
