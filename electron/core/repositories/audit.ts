import type { AppDb } from '../db/kysely';
import type { AuditLogTable } from '../db/schema';
import type { Selectable } from 'kysely';

export type AuditRow = Selectable<AuditLogTable>;

/** Queries only; the chain logic lives in the audit service. */
export const auditRepo = {
  async last(db: AppDb): Promise<Pick<AuditRow, 'seq' | 'hash'> | undefined> {
    return db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  },
  async count(db: AppDb): Promise<number> {
    const r = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
  /** The hash of the n-th entry in chain order (1-based), if there are that many. */
  async hashAt(db: AppDb, n: number): Promise<string | undefined> {
    const r = await db
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('seq')
      .limit(1)
      .offset(n - 1)
      .executeTakeFirst();
    return r?.hash;
  },
  async insert(db: AppDb, row: AuditRow): Promise<void> {
    await db.insertInto('audit_log').values(row).execute();
  },
  async all(db: AppDb): Promise<AuditRow[]> {
    return db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  },
  async page(db: AppDb, limit: number, beforeSeq?: number) {
    let q = db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .leftJoin('residents', (j) => j.onRef('residents.id', '=', 'audit_log.target_id').on('audit_log.target_type', '=', 'resident'))
      .select([
        'audit_log.seq',
        'audit_log.at',
        'audit_log.actor_id',
        'audit_log.action',
        'audit_log.target_type',
        'audit_log.target_id',
        'audit_log.details',
        'users.full_name as actor_name',
        'residents.code as target_code',
      ])
      .orderBy('audit_log.seq', 'desc')
      .limit(limit);
    if (beforeSeq !== undefined) q = q.where('audit_log.seq', '<', beforeSeq);
    return q.execute();
  },
};
