import type { OutreachFilter, OutreachRecord, OutreachView } from '../../../shared/domain/outreach';
import type { OutreachAudience, OutreachType, RefugeeCamp } from '../../../shared/enums/outreach';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import { nowIso, uuidv7 } from '../ids';
import { outreachRepo, type OutreachRow } from '../repositories/outreach';
import type { Session } from '../session';
import { listPartners, livePartner } from './partners';
import type { PartnerName } from '../../../shared/domain/partners';
import { canonicalRwandaOrigin } from './residents-location';
import { refuseField } from './residents-records';
import { PRESENT_STAFF_ROLES, type StaffName } from '../../../shared/domain/user';
import { residentCareRepo } from '../repositories/residents-care';

/**
 * The outreach and training log. Nothing here is about a resident, so no need-to-know
 * applies; the audit log records each entry like any change.
 */
export async function recordOutreach(session: Session, input: OutreachRecord): Promise<OutreachView> {
  const place = input.district
    ? canonicalRwandaOrigin({ country: 'RW', province: input.province, district: input.district, sector: input.sector }, 'place')
    : null;
  const at = nowIso();
  const id = uuidv7();
  await session.db.transaction().execute(async (trx) => {
    for (const p of input.partnerIds) await livePartner(trx, p);
    const staff = await outreachRepo.activeStaff(trx, input.staffIds);
    if (staff.length !== new Set(input.staffIds).size) refuseField('staffIds', 'outreach.staffUnknown');
    await outreachRepo.insert(trx, {
      id,
      held_on: input.heldOn,
      type: input.type,
      district: place?.district ?? null,
      sector: place?.sector ?? null,
      camp: input.camp ?? null,
      partner_ids: JSON.stringify([...new Set(input.partnerIds)]),
      audience: input.audience,
      female_under_18: input.femaleUnder18,
      female_adult: input.femaleAdult,
      male_under_18: input.maleUnder18,
      male_adult: input.maleAdult,
      staff_ids: JSON.stringify([...new Set(input.staffIds)]),
      notes: input.notes ?? null,
      created_at: at,
      created_by: session.user.id,
      updated_at: at,
      updated_by: session.user.id,
    });
    await appendAudit(trx, {
      action: 'outreach.recorded',
      actorId: session.user.id,
      targetType: 'outreach',
      targetId: id,
      at,
      details: { type: input.type, heldOn: input.heldOn },
    });
  });
  return (await listOutreach(session.db, { from: input.heldOn, to: input.heldOn })).find((a) => a.id === id)!;
}

export async function listOutreach(db: AppDb, filter: OutreachFilter): Promise<OutreachView[]> {
  const rows = await outreachRepo.list(db, filter);
  const ids = (r: OutreachRow, k: 'partner_ids' | 'staff_ids') => JSON.parse(r[k]) as string[];
  const partners = new Map(
    (await outreachRepo.partnerNames(db, [...new Set(rows.flatMap((r) => ids(r, 'partner_ids')))])).map((p) => [p.id, p.name]),
  );
  const staff = new Map(
    (await outreachRepo.staffNames(db, [...new Set(rows.flatMap((r) => ids(r, 'staff_ids')))])).map((u) => [u.id, u.full_name]),
  );
  return rows.map((r) => ({
    id: r.id,
    heldOn: r.held_on,
    type: r.type as OutreachType,
    district: r.district,
    sector: r.sector,
    camp: r.camp as RefugeeCamp | null,
    partners: ids(r, 'partner_ids').map((p) => partners.get(p) ?? p),
    audience: r.audience as OutreachAudience,
    femaleUnder18: r.female_under_18,
    femaleAdult: r.female_adult,
    maleUnder18: r.male_under_18,
    maleAdult: r.male_adult,
    staff: ids(r, 'staff_ids').map((u) => staff.get(u) ?? u),
    notes: r.notes,
    recordedByName: r.created_by_name,
  }));
}

/** The pickers' lists: active colleagues who may be named as present, and partners still in the directory, by name. */
export async function directoryNames(db: AppDb): Promise<{ staff: StaffName[]; partners: PartnerName[] }> {
  const staff = await residentCareRepo.activeStaffWithRoles(db, PRESENT_STAFF_ROLES);
  const partners = await listPartners(db, false);
  return {
    staff: staff.map((r) => ({ id: r.id, displayName: r.full_name, role: r.role as StaffName['role'] })),
    partners: partners.map((p) => ({ id: p.id, name: p.name, type: p.type })),
  };
}
