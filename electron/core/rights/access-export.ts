import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { accessExportSchema } from '../../../shared/rights/access-export';
import { appendAudit } from '../audit/audit-log';
import { destinationExists } from '../fs/exclusive';
import { renderPdf } from '../pdf';
import { writeExportExclusive } from '../services/document-export-write';
import { checkExportPath } from '../services/residents-documents';
import { readSettings } from '../services/settings';
import { todayIso } from '../services/residents-records';
import { requireSession, type CoreState } from '../state';
import { collectAccessExport } from './access-export-collect';
import { accessExportSpec } from './access-export-pdf';

export const ACCESS_EXPORT_FORMAT = 'amizero-access-export';

/**
 * A resident's right of access: everything held about her, written into a new folder
 * inside the one the person chose (never the data folder): a PDF to read, a JSON file with
 * every table of the resident data map, and her documents as files. The audit entry commits
 * before the first byte; every file is claimed exclusively and a crash mid-write is cleaned
 * up at the next sign-in, as for document exports.
 */
export async function saveAccessExport(
  state: CoreState,
  input: z.output<typeof accessExportSchema>,
): Promise<{ folderName: string; files: number; bytes: number; includesCounselling: boolean }> {
  const session = requireSession(state);
  const now = state.now();
  const settings = await readSettings(session.db);
  const generatedOn = todayIso(settings.timeZone, now);
  const data = await collectAccessExport(session, input.residentId);
  try {
    const pdf = await renderPdf(
      await accessExportSpec(data, {
        db: session.db,
        locale: input.locale,
        timeZone: settings.timeZone,
        now,
        organisation: settings.organisationName,
        generatedOn,
      }),
    );
    const json = Buffer.from(
      JSON.stringify(
        {
          format: ACCESS_EXPORT_FORMAT,
          formatVersion: 1,
          organisation: settings.organisationName,
          generatedAt: new Date(now).toISOString(),
          resident: { id: data.residentId, code: data.code },
          includesCounselling: data.includesCounselling,
          tables: Object.fromEntries(data.tables.map(({ table, ...rest }) => [table, rest])),
          documents: data.documents.map((d) => ({ documentId: d.documentId, file: `documents/${d.fileName}` })),
        },
        null,
        2,
      ),
    );
    const folderName = `${data.code}-access-${generatedOn}`;
    return await state.grants.use(input.folderToken, 'accessExportFolder', async (chosen) => {
      const folder = checkExportPath(join(chosen, folderName), state.vault.paths.dir);
      try {
        mkdirSync(folder);
        if (data.documents.length) mkdirSync(join(folder, 'documents'));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw destinationExists();
        throw e;
      }
      const files: { path: string; bytes: Uint8Array }[] = [
        { path: join(folder, `${data.code}-access.pdf`), bytes: pdf },
        { path: join(folder, `${data.code}-access.json`), bytes: json },
        ...data.documents.map((d) => ({ path: join(folder, 'documents', d.fileName), bytes: d.bytes })),
      ];
      const total = files.reduce((n, f) => n + f.bytes.length, 0);
      let first = true;
      for (const f of files) {
        await writeExportExclusive(session.db, f.path, f.bytes, async (trx) => {
          if (!first) return;
          // One entry for the whole export, committed before any of it exists on disk.
          await appendAudit(trx, {
            action: 'rights.access_exported',
            actorId: session.user.id,
            targetType: 'resident',
            targetId: data.residentId,
            details: {
              files: files.length,
              documents: data.documents.length,
              bytes: total,
              includesCounselling: data.includesCounselling,
              tables: data.tables.length,
            },
          });
        });
        first = false;
      }
      return { folderName, files: files.length, bytes: total, includesCounselling: data.includesCounselling };
    });
  } finally {
    for (const d of data.documents) d.bytes.fill(0);
  }
}
