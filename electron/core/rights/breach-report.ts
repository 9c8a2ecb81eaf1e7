import { AppError } from '../../../shared/errors';
import {
  BREACH_DEADLINE_HOURS,
  BREACH_VALIDATION,
  holdingsSchema,
  wallClockInstant,
  type BreachAssessment,
  type BreachBackup,
  type breachAssessSchema,
} from '../../../shared/rights/breach';
import type { z } from 'zod';
import type { AppDb } from '../db/kysely';
import { readSettings } from '../services/settings';
import type { Session } from '../session';
import { residentHoldings } from './holdings';

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
    const d = JSON.parse(r.details) as { fileName?: unknown; protection?: unknown; recipients?: unknown; holdings?: unknown };
    const holdings = holdingsSchema.safeParse(d.holdings);
    return {
      auditSeq: r.seq,
      createdAt: r.at,
      fileName: typeof d.fileName === 'string' ? d.fileName : '',
      protection: d.protection === 'recipients' ? 'recipients' : 'passphrase',
      recipients: typeof d.recipients === 'number' ? d.recipients : 0,
      holdings: holdings.success ? holdings.data : null,
    };
  });
}

/**
 * What a lost laptop or backup exposed, and by when the authority (48 h) and the residents
 * (72 h) must be told, counted from discovery as read on the shelter's clock.
 */
export async function assessBreach(session: Session, input: z.output<typeof breachAssessSchema>, now: number): Promise<BreachAssessment> {
  const db = session.db;
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
  // The summary recorded with the backup is what the file holds; without one, reconstructed from the live vault.
  const held = backup?.holdings ?? residentHoldings(session.sqlite, backup ? heldAt : null);
  const countsFrom = backup?.holdings ? ('backup_record' as const) : ('live_vault' as const);
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
    countsFrom,
    layers,
    discoveredAt: discovered.toISOString(),
    authorityBy: new Date(discovered.getTime() + BREACH_DEADLINE_HOURS.authority * HOUR).toISOString(),
    personBy: new Date(discovered.getTime() + BREACH_DEADLINE_HOURS.person * HOUR).toISOString(),
    timeZone,
  };
}
