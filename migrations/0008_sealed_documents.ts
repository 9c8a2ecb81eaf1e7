/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Sealed documents (keyring version 2). Frozen once released.
 *
 * A document's bytes and the facts that reveal it (title, original file name, checksum)
 * are encrypted under the documents category key, inside the already encrypted database.
 * Migrations hold no keys, so this only makes room: rows are sealed by core at the first
 * sign-in of an entitled account (electron/core/services/sealed-documents.ts). Until then
 * `sealed` is 0 and `sealed_meta` is null, which is how a row still in the clear is told
 * apart. Sealed rows keep '' in title, original_name and sha256.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN sealed_meta BLOB`.execute(db);
  await sql`ALTER TABLE document_contents ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE document_contents DROP COLUMN sealed`.execute(db);
  await sql`ALTER TABLE documents DROP COLUMN sealed_meta`.execute(db);
}
