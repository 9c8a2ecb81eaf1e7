import { z } from 'zod';

/** Trimmed first, so a value of spaces counts as empty and is refused. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Blank is the same as absent: a cleared field is stored as empty, not as spaces. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s ? s : undefined))
    .optional();

/**
 * An optional field of an edit: left out means "unchanged", while empty (or only spaces)
 * means "clear it" and arrives as null, so a correction can remove what was written.
 */
export const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s ? s : null))
    .optional();
