import { AppError } from '../../../shared/errors';
import type { Partner, PartnerSave, UnresolvedTarget } from '../../../shared/domain/partners';
import type { ReferralOutOrganisationType } from '../../../shared/enums/referral-out';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { partnersRepo, type PartnerRow } from '../repositories/partners';
import type { Session } from '../session';

/**
 * The partner directory: organisations the shelter refers residents to and shares with.
 * A removed partner stays in the table (consents and referrals keep naming it) but no new
 * referral or consent may pick it. The audit log names the fields changed, never values.
 */

export function toPartner(r: PartnerRow): Partner {
  return {
    id: r.id,
    type: r.type as ReferralOutOrganisationType,
    name: r.name,
    district: r.district,
    contactPerson: r.contact_person,
    phone: r.phone,
    removed: r.removed_at !== null,
  };
}

export async function listPartners(db: AppDb, includeRemoved: boolean): Promise<Partner[]> {
  return (await partnersRepo.list(db, includeRemoved)).map(toPartner);
}

/** A partner that may be named now: in the directory and not removed. A named refusal otherwise. */
export async function livePartner(db: AppDb, id: string): Promise<PartnerRow> {
  const row = await partnersRepo.byId(db, id);
  if (!row || row.removed_at !== null) throw new AppError('PARTNER_NOT_FOUND', 'no such partner in the directory');
  return row;
}

export async function savePartner(session: Session, input: PartnerSave): Promise<Partner> {
  const at = nowIso();
  const by = session.user.id;
  const columns = {
    type: input.type,
    name: input.name,
    district: input.district ?? null,
    contact_person: input.contactPerson ?? null,
    phone: input.phone ?? null,
  };
  const id = input.id ?? uuidv7();
  await session.db.transaction().execute(async (trx) => {
    if (input.id) {
      const before = await livePartner(trx, input.id);
      const fields = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => columns[k] !== before[k]);
      await partnersRepo.update(trx, id, { ...columns, updated_at: at, updated_by: by });
      await appendAudit(trx, { action: 'partner.updated', actorId: by, targetType: 'partner', targetId: id, at, details: { fields } });
    } else {
      await partnersRepo.insert(trx, { id, ...columns, removed_at: null, created_at: at, created_by: by, updated_at: at, updated_by: by });
      await appendAudit(trx, {
        action: 'partner.created',
        actorId: by,
        targetType: 'partner',
        targetId: id,
        at,
        details: { type: input.type },
      });
    }
  });
  return toPartner((await partnersRepo.byId(session.db, id))!);
}

export async function removePartner(session: Session, id: string): Promise<Partner> {
  await livePartner(session.db, id);
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await partnersRepo.update(trx, id, { removed_at: at, updated_at: at, updated_by: session.user.id });
    await appendAudit(trx, { action: 'partner.removed', actorId: session.user.id, targetType: 'partner', targetId: id, at, details: {} });
  });
  return toPartner((await partnersRepo.byId(session.db, id))!);
}

export async function unresolvedTargets(db: AppDb): Promise<UnresolvedTarget[]> {
  return (await partnersRepo.unresolved(db)).map((r) => ({
    targetId: r.target_id,
    consentId: r.consent_id,
    residentId: r.resident_id,
    residentCode: r.code,
    writtenName: r.written_name!,
  }));
}

/** A manager says which partner a name typed on an older consent meant. */
export async function resolveTarget(session: Session, targetId: string, partnerId: string): Promise<Record<string, never>> {
  const target = await partnersRepo.targetById(session.db, targetId);
  if (!target || target.partner_id !== null || target.partner_type !== null) throw new AppError('NOT_FOUND', 'no such name to match');
  await livePartner(session.db, partnerId);
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await partnersRepo.resolveTarget(trx, targetId, partnerId);
    await appendAudit(trx, {
      action: 'consent.target_resolved',
      actorId: session.user.id,
      targetType: 'consent',
      targetId: target.consent_id,
      at,
      details: { partnerId },
    });
  });
  return {};
}
