/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * The partner directory, scoped sharing consents and consent-gated referrals out. Frozen
 * once released.
 *
 * The directory starts with the kinds of partner the shelter's referrals name; a manager
 * edits it. A sharing consent had a free-text list of partner names: each name that equals
 * a directory entry (ignoring case, accents and spacing) now points at it; the others keep
 * the name as written, with no target, for a manager to resolve. Such consents were given
 * without a recorded limit, so they cover every category the form now offers.
 */
const SEED: readonly [id: string, type: string, name: string, district: string | null][] = [
  ['partner-seed-isange-kacyiru', 'isange', 'Isange One Stop Centre Kacyiru', 'Gasabo'],
  ['partner-seed-health-centre', 'health', 'Health centre', null],
  ['partner-seed-rib', 'rib', 'RIB station', null],
  ['partner-seed-legal-aid', 'legal_aid', 'Legal aid', null],
  ['partner-seed-village', 'local_authority', 'Village authority (Umudugudu)', null],
  ['partner-seed-sector', 'local_authority', 'Sector office', null],
  ['partner-seed-iom', 'iom', 'IOM Rwanda', 'Kigali'],
  ['partner-seed-ngo', 'ngo', 'NGO partner', null],
];

/** Every sharing category as 0007 defines them (frozen here, not imported). */
const ALL_CATEGORIES = ['identity', 'contact', 'trafficking_profile', 'health', 'counselling_summary', 'documents'];

export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export async function up(db: Kysely<any>): Promise<void> {
  const audit = (t: any) =>
    t
      .addColumn('created_at', 'text', (c: any) => c.notNull())
      .addColumn('created_by', 'text', (c: any) => c.references('users.id'))
      .addColumn('updated_at', 'text', (c: any) => c.notNull())
      .addColumn('updated_by', 'text', (c: any) => c.references('users.id'));
  await audit(
    db.schema
      .createTable('partners')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('district', 'text')
      .addColumn('contact_person', 'text')
      .addColumn('phone', 'text')
      .addColumn('removed_at', 'text'),
  ).execute();
  await db.schema.createIndex('partners_name').on('partners').column('name').execute();
  const at = new Date().toISOString();
  for (const [id, type, name, district] of SEED) {
    await db.insertInto('partners').values({ id, type, name, district, created_at: at, updated_at: at }).execute();
  }

  await db.schema
    .createTable('consent_targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consent_id', 'text', (c) => c.notNull().references('consents.id'))
    .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('partner_type', 'text')
    .addColumn('written_name', 'text')
    .execute();
  await db.schema.createIndex('consent_targets_consent').on('consent_targets').column('consent_id').execute();
  await sql`ALTER TABLE consents ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'`.execute(db);

  const byName = new Map(SEED.map(([id, , name]) => [fold(name), id]));
  const sharing = await db.selectFrom('consents').select(['id', 'partners']).where('purpose', '=', 'sharing').execute();
  let n = 0;
  for (const c of sharing as { id: string; partners: string }[]) {
    await db
      .updateTable('consents')
      .set({ categories: JSON.stringify(ALL_CATEGORIES) })
      .where('id', '=', c.id)
      .execute();
    for (const name of JSON.parse(c.partners) as string[]) {
      const partnerId = byName.get(fold(name)) ?? null;
      await db
        .insertInto('consent_targets')
        .values({
          id: `${c.id}-t${n++}`,
          consent_id: c.id,
          partner_id: partnerId,
          partner_type: null,
          written_name: partnerId ? null : name,
        })
        .execute();
    }
  }

  await sql`ALTER TABLE referrals_out ADD COLUMN partner_id TEXT REFERENCES partners(id)`.execute(db);
  await sql`ALTER TABLE referrals_out ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'`.execute(db);
  await sql`ALTER TABLE referrals_out ADD COLUMN override_reason TEXT`.execute(db);
  await sql`ALTER TABLE referrals_out ADD COLUMN override_note TEXT`.execute(db);
  await sql`ALTER TABLE referrals_out ADD COLUMN override_by TEXT REFERENCES users(id)`.execute(db);
  await db.schema.createIndex('referrals_out_partner').on('referrals_out').column('partner_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('referrals_out_partner').execute();
  for (const col of ['override_by', 'override_note', 'override_reason', 'categories', 'partner_id']) {
    await sql`ALTER TABLE referrals_out DROP COLUMN ${sql.raw(col)}`.execute(db);
  }
  await sql`ALTER TABLE consents DROP COLUMN categories`.execute(db);
  await db.schema.dropTable('consent_targets').execute();
  await db.schema.dropTable('partners').execute();
}
