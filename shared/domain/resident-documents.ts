import { z } from 'zod';
import { DOCUMENT_KINDS, DOCUMENT_MAX_BASE64_LENGTH, DOCUMENT_MEDIA_TYPES } from '../enums/documents';
import { requiredText } from './text-fields';
import { pathTokenSchema } from '../contract/dialogs';

/** Validation messages (i18n keys under `documents.validation.`). */
export const DOCUMENT_VALIDATION = {
  encoding: 'document.encoding',
  fileName: 'document.fileName',
} as const;

const id = z.string().min(1).max(64);

/**
 * The file as the renderer read it: base64 works over Electron IPC and the test host's
 * JSON alike. The length cap stops an oversized file before it is decoded; core checks
 * the decoded size and the type by content.
 */
export const documentContentBase64Schema = z
  .string()
  .min(1)
  .max(DOCUMENT_MAX_BASE64_LENGTH)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), { message: DOCUMENT_VALIDATION.encoding });

/**
 * Only the last part of what the user picked (a browser gives no folders, but a name is
 * still input): no slashes, no control characters.
 */
export const documentFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((s) => !/[/\\\u0000-\u001f\u007f]/.test(s), { message: DOCUMENT_VALIDATION.fileName });

export const documentAttachSchema = z.object({
  residentId: id,
  kind: z.enum(DOCUMENT_KINDS),
  title: requiredText(120),
  originalName: documentFileNameSchema,
  contentBase64: documentContentBase64Schema,
});
export type DocumentAttach = z.output<typeof documentAttachSchema>;

/** One line of the documents list: never the bytes. */
export const documentSummarySchema = z.object({
  id: z.string(),
  residentId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  originalName: z.string(),
  mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
  byteSize: z.number().int().nonnegative(),
  sha256: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** A document opened in the viewer: its bytes, for this view only. */
export const documentContentSchema = documentSummarySchema.extend({ contentBase64: z.string() });
export type DocumentContent = z.infer<typeof documentContentSchema>;

/**
 * A copy out of the vault, to the path a person chose in the save dialog: the renderer
 * holds only core's token for it (shared/contract/dialogs.ts). Core checks the path
 * anyway: absolute, in an existing folder, outside Amizero's data folder, not a file
 * already there (never replaced).
 */
export const documentExportSchema = z.object({
  id,
  destinationToken: pathTokenSchema,
});
export type DocumentExport = z.output<typeof documentExportSchema>;

export const documentExportResultSchema = z.object({ byteSize: z.number().int().nonnegative() });

/** A manager takes a document off a file (attached to the wrong resident, a duplicate). */
export const documentRemoveSchema = z.object({
  id,
  reason: requiredText(500),
});
export type DocumentRemove = z.output<typeof documentRemoveSchema>;

/** Corrected details of a document: what it is and its title. The file itself never changes. */
export const documentUpdateSchema = z
  .object({
    id,
    kind: z.enum(DOCUMENT_KINDS),
    title: requiredText(120),
  })
  .strict();
export type DocumentUpdate = z.output<typeof documentUpdateSchema>;
