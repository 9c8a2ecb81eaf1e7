import { z } from 'zod';
import { ACCESS_RELATIONS } from '../access/table';
import { BREAK_GLASS_REASONS } from '../enums/sharing';
import { requiredText } from './text-fields';

/** Messages are i18n keys under `breakGlass.`. */
export const BREAK_GLASS_VALIDATION = { noteTooShort: 'noteTooShort' } as const;

export const breakGlassSchema = z
  .object({
    residentId: z.string().min(1).max(64),
    reason: z.enum(BREAK_GLASS_REASONS),
    /** Free text is required: "other" alone explains nothing, and a manager reads every one. */
    note: requiredText(1000).refine((s) => s.length >= 5, { message: BREAK_GLASS_VALIDATION.noteTooShort }),
  })
  .strict();
export type BreakGlass = z.output<typeof breakGlassSchema>;

export const breakGlassOpeningSchema = z.object({
  reason: z.enum(BREAK_GLASS_REASONS),
  at: z.string(),
});

/** The caller's relation to one resident and, when she broke the glass, why and when (the file's banner). */
export const residentAccessViewSchema = z.object({
  residentId: z.string(),
  relation: z.enum(ACCESS_RELATIONS),
  brokenGlass: breakGlassOpeningSchema.nullable(),
});
export type ResidentAccessView = z.infer<typeof residentAccessViewSchema>;

/** The manager's Home cards: files opened by breaking the glass, and residents without staff. */
export const accessOverviewSchema = z.object({
  breakGlass: z.array(
    z.object({
      id: z.string(),
      residentId: z.string(),
      residentCode: z.string(),
      residentName: z.string(),
      userName: z.string().nullable(),
      reason: z.enum(BREAK_GLASS_REASONS),
      note: z.string(),
      at: z.string(),
    }),
  ),
  unassigned: z.array(
    z.object({
      residentId: z.string(),
      code: z.string(),
      displayName: z.string(),
      missingCounsellor: z.boolean(),
      missingSocialWorker: z.boolean(),
    }),
  ),
});
export type AccessOverview = z.infer<typeof accessOverviewSchema>;
