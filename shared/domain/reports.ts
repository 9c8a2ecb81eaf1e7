import { z } from 'zod';
import { isoDateSchema } from './resident';
import { REPORT_SECTIONS } from '../enums/reports';

/** Messages are i18n keys under `validation.` (en-reports.ts). */
export const REPORT_VALIDATION = {
  periodReversed: 'report.periodReversed',
  siteUnknown: 'report.siteUnknown',
} as const;

/** A reporting period (both days included) and, for head office, one site's residents. */
export const reportQuerySchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    /** Site code as in resident codes (KGL); left out: every site in this vault. */
    site: z
      .string()
      .regex(/^[A-Z0-9]{2,6}$/, 'invalid')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: REPORT_VALIDATION.periodReversed });
  });
export type ReportQuery = z.output<typeof reportQuerySchema>;

export const reportRowSchema = z.object({ key: z.string(), count: z.number().int().nonnegative() });
export type ReportRow = z.infer<typeof reportRowSchema>;

/**
 * One section: counts by key. `total` is the people the section is about (a person may
 * count under several keys where the profile is multi-valued). `available` is false for
 * sections whose data another part of the app has not provided yet.
 */
export const reportSectionSchema = z.object({
  id: z.enum(REPORT_SECTIONS),
  available: z.boolean(),
  total: z.number().int().nonnegative(),
  rows: z.array(reportRowSchema),
});
export type ReportSection = z.infer<typeof reportSectionSchema>;

export const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  site: z.string().nullable(),
  /** Residents with a stay overlapping the period. */
  residents: z.number().int().nonnegative(),
  sections: z.array(reportSectionSchema),
});
export type Report = z.infer<typeof reportSchema>;
