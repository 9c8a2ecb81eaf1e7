import { AppError } from '../../../shared/errors';
import {
  DEFAULT_RETENTION,
  RETENTION_CATEGORIES,
  monthsFor,
  retentionSettingsSchema,
  type RetentionCase,
  type RetentionCategory,
  type RetentionSettings,
} from '../../../shared/domain/retention';
import { foldText } from '../../../shared/domain/resident-search';
import { settingsRepo } from '../repositories/settings';
import { appendAudit } from '../audit/audit-log';
import { readSettings } from '../services/settings';
import { todayIso } from '../services/residents-records';
import { addMonths } from '../services/reintegration-dates';
import { nowIso } from '../ids';
import type { Session } from '../session';
import type { AppDb } from '../db/kysely';
import { compactDatabase, dropUnusedNameWords, rebuildSearchIndexes } from './erase-rows';
import { herDrafts } from './resident-data-map';

/** The settings key; a key of its own so the general settings schema stays as it is. */
const KEY = 'retention';

export async function readRetention(session: Session): Promise<RetentionSettings> {
  return readRetentionFrom(session.db);
}

/** The retention periods from any connection (the register reads them outside a channel's session). */
export async function readRetentionFrom(db: AppDb): Promise<RetentionSettings> {
  const stored = (await settingsRepo.all(db))[KEY];
  const parsed = retentionSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

/** Zero (or less) would make every closed case due at once: refused by name, per field. */
export async function saveRetention(session: Session, input: RetentionSettings): Promise<RetentionSettings> {
  const zero = [
    ...(input.defaultMonths < 1 ? ['defaultMonths'] : []),
    ...Object.entries(input.byCategory)
      .filter(([, m]) => m !== undefined && m < 1)
      .map(([c]) => `byCategory.${c}`),
  ];
  if (zero.length)
    throw new AppError('RETENTION_ZERO', 'a retention period must be at least one month', {
      fields: zero.map((path) => ({ path, code: 'zero', message: 'at least one month' })),
    });
  const before = await readRetention(session);
  await session.db.transaction().execute(async (trx) => {
    await settingsRepo.put(trx, KEY, input, nowIso(), session.user.id);
    await appendAudit(trx, {
      action: 'retention.changed',
      actorId: session.user.id,
      targetType: 'settings',
      details: { from: before, to: input },
    });
  });
  return input;
}

interface ClosedCase {
  residentId: string;
  code: string;
  displayName: string;
  category: RetentionCategory;
  closedOn: string;
}

/**
 * Cases that are closed: the latest reintegration closure not reopened (its reason is the
 * category), or a discharge with no open stay and no reintegration plan at all (follow-up
 * visits of a plan still running keep a case open).
 */
function closedCases(session: Session): ClosedCase[] {
  return session.sqlite
    .prepare(
      `SELECT r.id AS residentId, r.code, r.display_name AS displayName, c.reason AS category, c.closed_on AS closedOn
         FROM reintegration_closures c JOIN residents r ON r.id = c.resident_id
        WHERE c.reopened_at IS NULL
          AND c.closed_on = (SELECT max(closed_on) FROM reintegration_closures c2 WHERE c2.resident_id = c.resident_id)
          AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.resident_id = r.id AND s.discharged_on IS NULL)
       UNION ALL
       SELECT r.id, r.code, r.display_name, 'discharged', max(s.discharged_on)
         FROM residents r JOIN stays s ON s.resident_id = r.id
        WHERE r.status = 'discharged'
          AND NOT EXISTS (SELECT 1 FROM stays o WHERE o.resident_id = r.id AND o.discharged_on IS NULL)
          AND NOT EXISTS (SELECT 1 FROM reintegration_plans p WHERE p.resident_id = r.id)
          AND NOT EXISTS (SELECT 1 FROM reintegration_closures c WHERE c.resident_id = r.id)
        GROUP BY r.id`,
    )
    .all() as ClosedCase[];
}

/** Closed cases whose retention period is over, longest overdue first. Listing removes nothing. */
export async function retentionReview(session: Session, now: number): Promise<RetentionCase[]> {
  const settings = await readRetention(session);
  const today = todayIso((await readSettings(session.db)).timeZone, now);
  return closedCases(session)
    .filter((c) => (RETENTION_CATEGORIES as readonly string[]).includes(c.category))
    .map((c) => ({ ...c, keepUntil: addMonths(c.closedOn, monthsFor(settings, c.category)), pseudonymised: c.displayName === c.code }))
    .filter((c) => c.keepUntil <= today)
    .sort((a, b) => a.keepUntil.localeCompare(b.keepUntil) || a.code.localeCompare(b.code));
}

/**
 * Identity and contacts out, the rest kept for statistics: names, aliases, phone, ID,
 * exact birth date, village and place, health notes; her documents; the names of
 * witnesses, guardians and the referring officer; the household contact of the
 * reintegration plan. Her code, sex, birth year, district and case history stay. The
 * search indexes are rebuilt and the file compacted, so the removed words are gone from disk.
 */
export async function pseudonymise(session: Session, residentId: string): Promise<Record<string, never>> {
  const db = session.sqlite;
  const her = db.prepare('SELECT row_num, code FROM residents WHERE id = ?').get(residentId) as
    { row_num: number; code: string } | undefined;
  if (!her) throw new AppError('NOT_FOUND', 'no such resident');
  db.transaction(() => {
    db.prepare(
      // The code stands in for her name: a file needs one, and the code is already the pseudonym.
      `UPDATE residents SET given_names = code, family_name = NULL, other_names = '[]', display_name = code, sort_name = code,
         date_of_birth = NULL, phone = NULL, phone_key = NULL, id_document_type = NULL, id_document_number = NULL, id_number_key = NULL,
         health_notes = NULL, origin_sector = NULL, origin_cell = NULL, origin_village = NULL, origin_place = NULL,
         search_text = ?, updated_at = ?, updated_by = ?
       WHERE id = ?`,
    ).run(foldText(her.code).replace(/ /g, ''), nowIso(), session.user.id, residentId);
    db.prepare('DELETE FROM resident_words WHERE row_num = ?').run(her.row_num);
    dropUnusedNameWords(db);
    db.prepare('DELETE FROM document_contents WHERE document_id IN (SELECT id FROM documents WHERE resident_id = ?)').run(residentId);
    db.prepare('DELETE FROM documents WHERE resident_id = ?').run(residentId);
    db.prepare(
      'UPDATE consents SET witness_name = NULL, guardian_name = NULL, guardian_relationship = NULL, notes = NULL WHERE resident_id = ?',
    ).run(residentId);
    db.prepare('UPDATE referrals_in SET referring_officer = NULL, case_reference = NULL WHERE resident_id = ?').run(residentId);
    db.prepare(`UPDATE reintegration_plans SET cell = NULL, village = NULL, place = NULL, details = '{}' WHERE resident_id = ?`).run(
      residentId,
    );
    db.prepare('UPDATE trafficking_profiles SET notes = NULL, exploitation_place = NULL WHERE resident_id = ?').run(residentId);
    const drafts = herDrafts(residentId);
    db.prepare(`DELETE FROM drafts WHERE ${drafts.where}`).run(...drafts.args);
  })();
  await appendAudit(session.db, {
    action: 'resident.pseudonymised',
    actorId: session.user.id,
    targetType: 'resident',
    targetId: residentId,
  });
  rebuildSearchIndexes(db);
  compactDatabase(db);
  return {};
}
