import { z } from 'zod';
import { pathTokenSchema } from '../contract/dialogs';
import { localeSchema } from '../domain/settings';

/** Her access export: into a folder the person chose, in the language chosen (hers by default on screen). */
export const accessExportSchema = z
  .object({ residentId: z.string().min(1).max(64), folderToken: pathTokenSchema, locale: localeSchema })
  .strict();

export const accessExportResultSchema = z
  .object({ folderName: z.string(), files: z.number().int(), bytes: z.number().int(), includesCounselling: z.boolean() })
  .strict();
