import { z } from 'zod';
import { isoDateSchema, pastDateSchema } from './resident';
import { optionalText } from './text-fields';
import { OUTREACH_AUDIENCES, OUTREACH_TYPES, REFUGEE_CAMPS } from '../enums/outreach';

/** Messages are i18n keys under `validation.` (en-outreach.ts). */
export const OUTREACH_VALIDATION = {
  placeRequired: 'outreach.placeRequired',
  nobodyCounted: 'outreach.nobodyCounted',
} as const;

const count = z.number().int().min(0).max(100_000).default(0);
const placeName = optionalText(60);

/** One activity as recorded: where (a district and sector, or a camp), who came, who went. */
export const outreachRecordSchema = z
  .object({
    heldOn: pastDateSchema,
    type: z.enum(OUTREACH_TYPES),
    province: placeName,
    district: placeName,
    sector: placeName,
    camp: z.enum(REFUGEE_CAMPS).optional(),
    partnerIds: z.array(z.string().min(1).max(64)).max(10).default([]),
    audience: z.enum(OUTREACH_AUDIENCES),
    femaleUnder18: count,
    femaleAdult: count,
    maleUnder18: count,
    maleAdult: count,
    staffIds: z.array(z.string().min(1).max(64)).max(20).default([]),
    notes: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (!v.district && !v.camp) ctx.addIssue({ code: 'custom', path: ['district'], message: OUTREACH_VALIDATION.placeRequired });
    if (v.femaleUnder18 + v.femaleAdult + v.maleUnder18 + v.maleAdult === 0) {
      ctx.addIssue({ code: 'custom', path: ['femaleAdult'], message: OUTREACH_VALIDATION.nobodyCounted });
    }
  });
export type OutreachRecord = z.output<typeof outreachRecordSchema>;
export type OutreachRecordInput = z.input<typeof outreachRecordSchema>;

export const outreachFilterSchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  type: z.enum(OUTREACH_TYPES).optional(),
  district: placeName,
});
export type OutreachFilter = z.output<typeof outreachFilterSchema>;

export const outreachViewSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  type: z.enum(OUTREACH_TYPES),
  district: z.string().nullable(),
  sector: z.string().nullable(),
  camp: z.enum(REFUGEE_CAMPS).nullable(),
  partners: z.array(z.string()),
  audience: z.enum(OUTREACH_AUDIENCES),
  femaleUnder18: z.number().int(),
  femaleAdult: z.number().int(),
  maleUnder18: z.number().int(),
  maleAdult: z.number().int(),
  /** Staff present, by display name. */
  staff: z.array(z.string()),
  notes: z.string().nullable(),
  recordedByName: z.string().nullable(),
});
export type OutreachView = z.infer<typeof outreachViewSchema>;
