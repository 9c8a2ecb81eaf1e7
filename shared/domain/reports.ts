import { z } from 'zod';
import { isoDateSchema } from './resident';
import { localeSchema } from './settings';
import { pathTokenSchema } from '../contract/dialogs';
import { REPORT_SECTIONS } from '../enums/reports';

/** Messages are i18n keys under `validation.` (en-reports.ts). */
export const REPORT_VALIDATION = {
  periodReversed: 'report.periodReversed',
  siteUnknown: 'report.siteUnknown',
} as const;

/** A reporting period (both days included) and, for head office, one site's residents. */
const reportQueryShape = {
  from: isoDateSchema,
  to: isoDateSchema,
  /** Site code as in resident codes (KGL); left out: every site in this vault. */
  site: z
    .string()
    .regex(/^[A-Z0-9]{2,6}$/, 'invalid')
    .optional(),
};

const periodInOrder = (v: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: REPORT_VALIDATION.periodReversed });
};

export const reportQuerySchema = z.object(reportQueryShape).superRefine(periodInOrder);
export type ReportQuery = z.output<typeof reportQuerySchema>;

export const REPORT_EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];

/** A report saved to a file the person chose; labels in her language, small counts as "<5". */
export const reportExportSchema = z
  .object({
    ...reportQueryShape,
    format: z.enum(REPORT_EXPORT_FORMATS),
    locale: localeSchema,
    destinationToken: pathTokenSchema,
  })
  .superRefine(periodInOrder);
export type ReportExport = z.output<typeof reportExportSchema>;

/** The same report's PDF for the system print dialog: what it is, not where it goes. */
export const reportPrintSchema = z
  .object({ ...reportQueryShape, locale: localeSchema })
  .strict()
  .superRefine(periodInOrder);
export type ReportPrint = z.output<typeof reportPrintSchema>;

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
