import { sql } from 'kysely';
import { ACCESS_CATEGORIES, type AccessCategory } from '../../../shared/access/table';
import { AppError } from '../../../shared/errors';
import {
  BREACH_DEADLINE_HOURS,
  BREACH_VALIDATION,
  wallClockInstant,
  type BreachAssessment,
  type BreachBackup,
  type breachAssessSchema,
} from '../../../shared/rights/breach';
import type { z } from 'zod';
import type { AppDb } from '../db/kysely';
import { readSettings } from '../services/settings';
import { RESIDENT_TABLES } from './resident-data-map';
import { categoryOfTable } from './table-categories';

const HOUR = 3_600_000;

/** The backup history: every backup the log says was written, by hand or on schedule, newest first. */
export async function breachBackups(db: AppDb): Promise<BreachBackup[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'details'])
    .where('action', '=', 'backup.created')
    .orderBy('seq', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => {
    const d = JSON.parse(r.details) as { fileName?: unknown; protection?: unknown; recipients?: unknown };
    return {
      auditSeq: r.seq,
      createdAt: r.at,
      fileName: typeof d.fileName === 'string' ? d.fileName : '',
      protection: d.protection === 'recipients' ? 'recipients' : 'passphrase',
      recipients: typeof d.recipients === 'number' ? d.recipients : 0,
    };
  });
}

function columnsOf(db: AppDb, table: string): Promise<string[]> {
  return sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db).then((r) => r.rows.map((x) => x.name));
}

/**
 * Who and what a copy made at `heldAt` held, read from the live vault without the lost
 * copy's key: residents whose row existed then, and per category those with a record
 * created by then in one of its tables (the data map's tables with a resident column and
 * a creation time). Residents erased since are not counted (their rows are gone).
 */
async function heldBy(db: AppDb, heldAt: string): Promise<{ residents: number; categories: BreachAssessment['categories'] }> {
  const residents = Number(
    (await sql<{ n: number }>`SELECT count(*) AS n FROM residents WHERE created_at <= ${heldAt}`.execute(db)).rows[0]!.n,
  );
  const byCategory = new Map<AccessCategory, ReturnType<typeof sql>[]>();
  for (const t of RESIDENT_TABLES) {
    const category = categoryOfTable(t.table);
    if (!category) continue;
    const cols = await columnsOf(db, t.table);
    let select: ReturnType<typeof sql> | null = null;
    if (t.link.kind === 'self' && cols.includes('created_at')) select = sql`SELECT id AS rid FROM residents WHERE created_at <= ${heldAt}`;
    else if (t.link.kind === 'column' && cols.includes('created_at'))
      select = sql`SELECT ${sql.ref(t.link.column)} AS rid FROM ${sql.table(t.table)} WHERE created_at <= ${heldAt}`;
    else if (t.link.kind === 'audit-subject')
      select = sql`SELECT target_id AS rid FROM audit_log WHERE target_type = 'resident' AND at <= ${heldAt}`;
    if (select) byCategory.set(category, [...(byCategory.get(category) ?? []), select]);
  }
  const categories: BreachAssessment['categories'] = [];
  for (const category of ACCESS_CATEGORIES) {
    const parts = byCategory.get(category);
    if (!parts) continue;
    const n = Number(
      (await sql<{ n: number }>`SELECT count(DISTINCT rid) AS n FROM (${sql.join(parts, sql` UNION ALL `)})`.execute(db)).rows[0]!.n,
    );
    if (n > 0) categories.push({ category, residents: n });
  }
  return { residents, categories };
}

/**
 * What a lost laptop or backup exposed, and by when the authority (48 h) and the residents
 * (72 h) must be told, counted from discovery as read on the shelter's clock.
 */
export async function assessBreach(db: AppDb, input: z.output<typeof breachAssessSchema>, now: number): Promise<BreachAssessment> {
  const { timeZone } = await readSettings(db);
  const discovered = wallClockInstant(input.discoveredAt, timeZone);
  if (discovered.getTime() > now + 60_000)
    throw new AppError('VALIDATION', 'discovered in the future', {
      fields: [{ path: 'discoveredAt', code: BREACH_VALIDATION.discoveredInFuture, message: BREACH_VALIDATION.discoveredInFuture }],
    });
  let backup: BreachBackup | null = null;
  if (input.source.kind === 'backup') {
    const seq = input.source.auditSeq;
    backup = (await breachBackups(db)).find((b) => b.auditSeq === seq) ?? null;
    if (!backup) throw new AppError('NOT_FOUND', 'no such backup in the history');
  }
  const heldAt = backup ? backup.createdAt : new Date(now).toISOString();
  const held = await heldBy(db, heldAt);
  // Outermost first. A backup carries the data key inside age, so the keyring does not protect it;
  // documents and counselling notes stay sealed under keys only entitled passwords or the recovery key open.
  const layers: BreachAssessment['layers'] = backup
    ? [backup.protection === 'recipients' ? 'age_recipients' : 'age_passphrase', 'sqlcipher', 'sealed']
    : ['sqlcipher', 'keyring', 'sealed'];
  return {
    source: input.source,
    heldAt,
    backup,
    ...held,
    layers,
    discoveredAt: discovered.toISOString(),
    authorityBy: new Date(discovered.getTime() + BREACH_DEADLINE_HOURS.authority * HOUR).toISOString(),
    personBy: new Date(discovered.getTime() + BREACH_DEADLINE_HOURS.person * HOUR).toISOString(),
    timeZone,
  };
}
