import { z } from 'zod';

/**
 * File dialogs, declared once. The renderer never types a path: it asks main (or the
 * test host) to show one of these dialogs; main hands the chosen path to core and the
 * renderer gets back a token for it plus its name and folder to show. Core checks every
 * such path again before using it (electron/core/backup/locations.ts).
 */
export const DIALOG_KINDS = {
  /** Where a backup is written: an existing folder, e.g. a USB stick. */
  backupFolder: { mode: 'folder' },
  /** A backup file to check or restore. */
  backupFile: { mode: 'open', extensions: ['age'] },
  /** An age identity (key) file, e.g. head office's `head-office.key`. */
  identityFile: { mode: 'open', extensions: ['key', 'txt'] },
  /** Where to save an exported document; the caller suggests a file name. */
  documentExport: { mode: 'save', extensions: ['pdf', 'jpg', 'jpeg', 'png'] },
  /** Where to save a report (counts only) or the anonymised export. */
  reportExport: { mode: 'save', extensions: ['csv', 'xlsx', 'pdf'] },
  /** The folder a resident's access export (PDF, JSON, her documents) is written into, in a new folder of its own. */
  accessExportFolder: { mode: 'folder' },
} as const satisfies Record<string, { mode: 'folder' | 'open' | 'save'; extensions?: readonly string[] }>;

export type DialogKind = keyof typeof DIALOG_KINDS;
export const DIALOG_KIND_NAMES = Object.keys(DIALOG_KINDS) as DialogKind[];

/** A plain file name (no folder part, no control characters) offered in a save dialog. */
const suggestedName = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[^/\\:*?"<>|]+$/, 'invalid')
  .refine((v) => v !== '.' && v !== '..' && ![...v].some((c) => c.charCodeAt(0) < 0x20), 'invalid');

/** The dialog's title line, already translated by the renderer (the OS draws the buttons). */
const title = z.string().min(1).max(200).optional();

export const dialogRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('backupFolder'), title }).strict(),
  z.object({ kind: z.literal('backupFile'), title }).strict(),
  z.object({ kind: z.literal('identityFile'), title }).strict(),
  z.object({ kind: z.literal('documentExport'), title, suggestedName }).strict(),
  z.object({ kind: z.literal('reportExport'), title, suggestedName }).strict(),
  z.object({ kind: z.literal('accessExportFolder'), title }).strict(),
]);
export type DialogRequest = z.infer<typeof dialogRequestSchema>;

/**
 * A chosen path as the renderer holds it: an opaque one-time token that core redeems
 * (electron/core/grants/path-grants.ts), bound to the dialog kind and expiring.
 */
export const pathTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'invalid');
export const PATH_GRANT_TTL_MS = 15 * 60_000;

/** What main gets from core for a chosen path, and passes on: the token and what to show. */
export const pathGrantSchema = z.object({ token: pathTokenSchema, name: z.string().max(4096), folder: z.string().max(4096) }).strict();
export type PathGrant = z.infer<typeof pathGrantSchema>;

export const dialogResponseSchema = z.union([pathGrantSchema, z.object({ cancelled: z.literal(true) }).strict()]);
export type DialogResponse = z.infer<typeof dialogResponseSchema>;

/** The IPC name main listens on for dialog requests (one handler for every kind). */
export const DIALOG_IPC = 'amizero:dialog';

/**
 * What the renderer shows of a chosen path: the last part large, the whole path small.
 * Works for both separators because a Windows path may reach a screen on any platform.
 */
export function pathParts(path: string): { name: string; folder: string } {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut < 0) return { name: trimmed || path, folder: '' };
  return { name: trimmed.slice(cut + 1) || trimmed, folder: trimmed.slice(0, cut + 1) };
}
