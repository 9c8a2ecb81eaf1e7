/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Consents gain the `research` purpose (the anonymised export for partners and researchers)
 * and can record that a resident refused a purpose, not only that she agreed. Both need the
 * CHECK constraints of the table widened, which SQLite can only do by rebuilding it; they
 * share one rebuild. Frozen once released.
 *
 * A refusal is a row with `decision = 'refused'`: same date, method and giver as a consent,
 * never withdrawn (she changes her mind by giving consent later), and naming no partner or
 * category (she refuses the whole purpose). Rows that existed before are consents given.
 */
const COLUMNS = [
  'id',
  'resident_id',
  'purpose',
  'partners',
  'given_on',
  'method',
  'witness_name',
  'given_by',
  'guardian_name',
  'guardian_relationship',
  'notes',
  'withdrawn_on',
  'withdrawal_reason',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'categories',
];

function createConsents(name: string, purposes: string, withDecision: boolean) {
  return sql`CREATE TABLE ${sql.id(name)} (
  "id" text primary key,
  "resident_id" text not null references "residents" ("id") on delete cascade,
  "purpose" text not null check (purpose IN (${sql.raw(purposes)})),
  "partners" text default '[]' not null check (json_valid(partners)),
  "given_on" text not null,
  "method" text not null check (method IN ('written','oral_witnessed')),
  "witness_name" text,
  "given_by" text not null check (given_by IN ('resident','guardian')),
  "guardian_name" text,
  "guardian_relationship" text,
  "notes" text,
  "withdrawn_on" text,
  "withdrawal_reason" text,
  "created_at" text not null,
  "created_by" text references "users" ("id"),
  "updated_at" text not null,
  "updated_by" text references "users" ("id"),
  "categories" text not null default '[]'${sql.raw(
    withDecision
      ? `,
  "decision" text not null default 'given' check (decision IN ('given','refused')),
  constraint "consents_refusal_not_withdrawn" check (decision = 'given' OR withdrawn_on IS NULL),
  constraint "consents_refusal_whole_purpose" check (decision = 'given' OR (partners = '[]' AND categories = '[]'))`
      : '',
  )},
  constraint "consents_oral_has_witness" check (method <> 'oral_witnessed' OR witness_name IS NOT NULL),
  constraint "consents_guardian_named" check (given_by <> 'guardian' OR guardian_name IS NOT NULL),
  constraint "consents_withdrawn_after_given" check (withdrawn_on IS NULL OR withdrawn_on >= given_on)
)`;
}

/**
 * The usual SQLite rebuild: new table, copy, drop, rename, index. consent_targets points at
 * consents by name, so its references follow the rename. Dropping a parent table with
 * foreign keys on deletes its children's references (even deferred), so they are off for
 * the rebuild (outside the transaction, where SQLite allows switching them) and checked
 * in full before commit: a dangling reference rolls the whole rebuild back.
 */
async function rebuild(db: Kysely<any>, create: ReturnType<typeof sql>, keep: string): Promise<void> {
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await create.execute(trx);
      const cols = sql.join(COLUMNS.map((c) => sql.id(c)));
      await sql`INSERT INTO consents_rebuilt (${cols}) SELECT ${cols} FROM consents WHERE ${sql.raw(keep)}`.execute(trx);
      // Targets of rows the rollback forgets go with them (a refusal or research consent has none today).
      await sql`DELETE FROM consent_targets WHERE consent_id NOT IN (SELECT id FROM consents_rebuilt)`.execute(trx);
      await sql`DROP TABLE consents`.execute(trx);
      await sql`ALTER TABLE consents_rebuilt RENAME TO consents`.execute(trx);
      await trx.schema.createIndex('consents_resident_purpose').on('consents').columns(['resident_id', 'purpose', 'given_on']).execute();
      const dangling = await sql`PRAGMA foreign_key_check`.execute(trx);
      if (dangling.rows.length) throw new Error(`consents rebuild left ${dangling.rows.length} dangling references`);
    });
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}

/**
 * The table exactly as 0003 created it and 0007 extended it, character for character: schema
 * pinning compares the text, so a rollback must leave what the older migrations would have.
 */
const BEFORE = sql.raw(
  `CREATE TABLE "consents_rebuilt" ("id" text primary key, "resident_id" text not null references "residents" ("id") on delete cascade, "purpose" text not null check (purpose IN ('services','data_storage','sharing','follow_up_contact')), "partners" text default '[]' not null check (json_valid(partners)), "given_on" text not null, "method" text not null check (method IN ('written','oral_witnessed')), "witness_name" text, "given_by" text not null check (given_by IN ('resident','guardian')), "guardian_name" text, "guardian_relationship" text, "notes" text, "withdrawn_on" text, "withdrawal_reason" text, "created_at" text not null, "created_by" text references "users" ("id"), "updated_at" text not null, "updated_by" text references "users" ("id"), categories TEXT NOT NULL DEFAULT '[]', constraint "consents_oral_has_witness" check (method <> 'oral_witnessed' OR witness_name IS NOT NULL), constraint "consents_guardian_named" check (given_by <> 'guardian' OR guardian_name IS NOT NULL), constraint "consents_withdrawn_after_given" check (withdrawn_on IS NULL OR withdrawn_on >= given_on))`,
);

export async function up(db: Kysely<any>): Promise<void> {
  await rebuild(db, createConsents('consents_rebuilt', `'services','data_storage','sharing','follow_up_contact','research'`, true), '1');
}

/** Rolling back forgets research consents and refusals: the older schema cannot hold them. */
export async function down(db: Kysely<any>): Promise<void> {
  await rebuild(db, BEFORE, `purpose <> 'research' AND decision = 'given'`);
}
