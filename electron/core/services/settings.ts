import { AppError } from '../../../shared/errors';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/domain/settings';
import type { AppDb } from '../db/kysely';
import { organisationRepo, settingsRepo } from '../repositories/settings';
import { appendAudit } from '../audit/audit-log';
import { nowIso } from '../ids';
import type { Session } from '../session';

const ORG_KEYS = ['organisationName', 'siteCode'] as const;

export async function readSettings(db: AppDb): Promise<Settings> {
  const org = await organisationRepo.get(db);
  if (!org) throw new AppError('DATABASE_DAMAGED', 'organisation record is missing');
  const stored = await settingsRepo.all(db);
  // Unknown or invalid stored values fall back to defaults instead of blocking sign-in.
  const merged = { ...DEFAULT_SETTINGS, ...stored, organisationName: org.name, siteCode: org.site_code };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, organisationName: org.name, siteCode: org.site_code };
}

export async function updateSettings(session: Session, patch: Partial<Settings>): Promise<Settings> {
  const before = await readSettings(session.db);
  const changed = (Object.keys(patch) as (keyof Settings)[]).filter((k) => patch[k] !== undefined && patch[k] !== before[k]);
  if (changed.length === 0) return before;
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    const orgPatch: { name?: string; site_code?: string; updated_at: string } = { updated_at: at };
    for (const key of changed) {
      if (key === 'organisationName') orgPatch.name = patch.organisationName!;
      else if (key === 'siteCode') orgPatch.site_code = patch.siteCode!;
      else await settingsRepo.put(trx, key, patch[key], at, session.user.id);
    }
    if (changed.some((k) => (ORG_KEYS as readonly string[]).includes(k))) await organisationRepo.update(trx, orgPatch);
    await appendAudit(trx, {
      action: 'settings.changed',
      actorId: session.user.id,
      targetType: 'settings',
      details: { changes: changed.map((key) => ({ key, from: before[key], to: patch[key] })) },
    });
  });
  const after = await readSettings(session.db);
  session.idleLockMs = after.idleLockMinutes * 60_000;
  return after;
}
