import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { AppDb } from '../db/kysely';
import { documentsRepo, type DocumentRow } from '../repositories/residents-documents';
import { openContent, sealContent } from '../vault/sealed-content';

/**
 * Documents are the first sealed category. What is sealed: the bytes, and the title,
 * original file name and checksum (a title such as "HIV test result" or a file name is
 * as revealing as the scan; a checksum confirms a guessed file). What stays in the clear
 * inside the encrypted database: resident, kind, media type, size and dates, which the
 * list, the audit log and the counts need and which say little on their own.
 */
const CATEGORY = 'documents' as const;
const META = 'meta';
const CONTENT = 'content';

const metaSchema = z.object({ title: z.string(), originalName: z.string(), sha256: z.string() });
export type DocumentMeta = z.infer<typeof metaSchema>;

function sealedRowDamaged(id: string): AppError {
  return new AppError('DATABASE_DAMAGED', `sealed document ${id} does not open with the documents key`);
}

export function sealMeta(key: Buffer, id: string, meta: DocumentMeta): Buffer {
  return sealContent(key, CATEGORY, id, META, Buffer.from(JSON.stringify(meta), 'utf8'));
}

export function sealBytes(key: Buffer, id: string, bytes: Uint8Array): Buffer {
  return sealContent(key, CATEGORY, id, CONTENT, bytes);
}

export function openMeta(key: Buffer, row: Pick<DocumentRow, 'id' | 'title' | 'original_name' | 'sha256' | 'sealed_meta'>): DocumentMeta {
  if (!row.sealed_meta) return { title: row.title, originalName: row.original_name, sha256: row.sha256 };
  const plain = openContent(key, CATEGORY, row.id, META, row.sealed_meta);
  const parsed = plain ? metaSchema.safeParse(JSON.parse(plain.toString('utf8'))) : null;
  if (!parsed?.success) throw sealedRowDamaged(row.id);
  return parsed.data;
}

export function openBytes(key: Buffer, id: string, content: { bytes: Uint8Array; sealed: number }): Buffer {
  if (!content.sealed) return Buffer.from(content.bytes);
  const plain = openContent(key, CATEGORY, id, CONTENT, content.bytes);
  if (!plain) throw sealedRowDamaged(id);
  return plain;
}

/**
 * Seals every row still in the clear, in one transaction: written before keyring version
 * 2, or while nobody entitled had signed in since. Idempotent, so a crash part-way
 * simply leaves it for the next entitled sign-in.
 */
export async function sealPlainDocuments(db: AppDb, key: Buffer): Promise<number> {
  const ids = await documentsRepo.unsealedIds(db);
  if (ids.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    for (const id of ids) {
      const row = await documentsRepo.metaForSealing(trx, id);
      if (row && !row.sealed_meta) await documentsRepo.setSealedMeta(trx, id, sealMeta(key, id, openMeta(key, row)));
      const content = await documentsRepo.content(trx, id);
      if (content && !content.sealed) {
        const sealed = sealBytes(key, id, content.bytes);
        await documentsRepo.setSealedContent(trx, id, sealed);
      }
    }
  });
  return ids.length;
}

/** Re-seals every sealed row under a new key (re-keying); the caller holds the transaction. */
export async function resealDocuments(db: AppDb, from: Buffer, to: Buffer, onRow?: () => void): Promise<number> {
  const ids = await documentsRepo.sealedIds(db);
  for (const id of ids) {
    const row = await documentsRepo.metaForSealing(db, id);
    if (row) await documentsRepo.setSealedMeta(db, id, sealMeta(to, id, openMeta(from, row)));
    const content = await documentsRepo.content(db, id);
    if (content) {
      const plain = openBytes(from, id, content);
      await documentsRepo.setSealedContent(db, id, sealBytes(to, id, plain));
      plain.fill(0);
    }
    onRow?.();
  }
  return ids.length;
}

export interface SealedCheck {
  sealed: number;
  plain: number;
  failed: string[];
}

/** For doctor: every sealed row must open with the key; rows in the clear are counted. */
export async function checkSealedDocuments(db: AppDb, key: Buffer | null): Promise<SealedCheck> {
  const plain = (await documentsRepo.unsealedIds(db)).length;
  const ids = await documentsRepo.sealedIds(db);
  const failed: string[] = [];
  if (key) {
    for (const id of ids) {
      try {
        const row = await documentsRepo.metaForSealing(db, id);
        if (row) openMeta(key, row);
        const content = await documentsRepo.content(db, id);
        if (content) openBytes(key, id, content).fill(0);
      } catch {
        failed.push(id);
      }
    }
  }
  return { sealed: ids.length, plain, failed };
}
