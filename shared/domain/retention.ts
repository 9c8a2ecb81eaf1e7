import { z } from 'zod';
import { CLOSURE_REASONS } from '../enums/reintegration';

/**
 * How a case ended, which decides how long it is kept: the reason of a reintegration
 * closure, or a discharge with no reintegration plan at all.
 */
export const RETENTION_CATEGORIES = [...CLOSURE_REASONS, 'discharged'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

/** Months; zero is refused by name (RETENTION_ZERO), a century is the ceiling. */
const months = z.number().int().max(1200);

export const retentionSettingsSchema = z
  .object({
    defaultMonths: months,
    byCategory: z.partialRecord(z.enum(RETENTION_CATEGORIES), months),
  })
  .strict();
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

/** Five years after a case closed, unless a manager decides otherwise. */
export const DEFAULT_RETENTION: RetentionSettings = { defaultMonths: 60, byCategory: {} };

/** Months a case closed this way is kept: the period set for it, the default otherwise. */
export function monthsFor(settings: RetentionSettings, category: RetentionCategory): number {
  return settings.byCategory[category] ?? settings.defaultMonths;
}

/** Every way of closing with the months it is kept and whether a manager set them. */
export const retentionPeriodSchema = z
  .object({ category: z.enum(RETENTION_CATEGORIES), months: z.number().int(), set: z.boolean() })
  .strict();
export type RetentionPeriod = z.infer<typeof retentionPeriodSchema>;

export function retentionPeriods(settings: RetentionSettings): RetentionPeriod[] {
  return RETENTION_CATEGORIES.map((category) => ({
    category,
    months: monthsFor(settings, category),
    set: settings.byCategory[category] !== undefined,
  }));
}

export const retentionCaseSchema = z.object({
  residentId: z.string(),
  code: z.string(),
  displayName: z.string(),
  category: z.enum(RETENTION_CATEGORIES),
  closedOn: z.string(),
  keepUntil: z.string(),
  pseudonymised: z.boolean(),
});
export type RetentionCase = z.infer<typeof retentionCaseSchema>;

export const pseudonymiseInputSchema = z.object({ residentId: z.string().min(1).max(64) }).strict();
