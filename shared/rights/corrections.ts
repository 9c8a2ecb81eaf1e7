import { z } from 'zod';
import { pastDateSchema } from '../domain/resident';
import { optionalText, requiredText } from '../domain/text-fields';
import { historyEntrySchema } from '../domain/resident-care';

/** Messages are i18n keys under `validation.` (rights catalogues). */
export const CORRECTION_VALIDATION = {
  answerBeforeReceipt: 'rights.answerBeforeReceipt',
} as const;

const id = z.string().min(1).max(64);

export const CORRECTION_OUTCOMES = ['corrected', 'refused'] as const;
export type CorrectionOutcome = (typeof CORRECTION_OUTCOMES)[number];

/** What she says is wrong, and the day the shelter received it. */
export const correctionRecordSchema = z.object({ residentId: id, receivedOn: pastDateSchema, request: requiredText(2000) }).strict();

/** A change made through the normal screens (an audit entry about her), linked to the request it answers. */
export const correctionLinkSchema = z.object({ residentId: id, requestId: id, auditSeq: z.number().int().positive() }).strict();

/** The answer: corrected or refused (a refusal says why), on a day not before the request was received. */
export const correctionAnswerSchema = z
  .object({
    residentId: id,
    requestId: id,
    answeredOn: pastDateSchema,
    outcome: z.enum(CORRECTION_OUTCOMES),
    note: optionalText(2000),
  })
  .strict();

export const correctionViewSchema = z
  .object({
    id,
    receivedOn: z.string(),
    request: z.string(),
    /** The linked changes as History shows them: field names, never values. */
    changes: z.array(historyEntrySchema),
    outcome: z.enum(CORRECTION_OUTCOMES).nullable(),
    answeredOn: z.string().nullable(),
    note: z.string().nullable(),
    recordedBy: z.string().nullable(),
  })
  .strict();
export type CorrectionView = z.infer<typeof correctionViewSchema>;
