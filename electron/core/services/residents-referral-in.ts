import { AppError } from '../../../shared/errors';
import { RESIDENT_VALIDATION, type ReferralIn, type ReferralInSave, type ResidentFile } from '../../../shared/domain/resident';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { residentsRepo } from '../repositories/residents';
import type { Session } from '../session';
import { readFile } from './residents';
import { referralColumns, refuseField } from './residents-records';

const REFERRAL_FIELDS = ['sourceType', 'organisationName', 'referringOfficer', 'referredOn', 'caseReference'] as const;

/**
 * Who referred her is often learnt days after a night admission: the referral of a stay
 * is added, or corrected, here. The audit log names the fields that changed, not their values.
 */
export async function saveReferralIn(session: Session, input: ReferralInSave): Promise<ResidentFile> {
  const stay = await residentsRepo.stayOf(session.db, input.residentId, input.stayId);
  if (!stay) throw new AppError('NOT_FOUND', 'no such stay for this resident');
  const r = input.referral;
  // A referral comes before the admission it led to.
  if (r.referredOn && r.referredOn > stay.admitted_on) refuseField('referral.referredOn', RESIDENT_VALIDATION.referralAfterAdmission);
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    const before = await residentsRepo.referralOfStay(trx, input.stayId);
    const old: Partial<ReferralIn> = before
      ? {
          sourceType: before.source_type as ReferralIn['sourceType'],
          organisationName: before.organisation_name ?? undefined,
          referringOfficer: before.referring_officer ?? undefined,
          referredOn: before.referred_on ?? undefined,
          caseReference: before.case_reference ?? undefined,
        }
      : {};
    const changed = REFERRAL_FIELDS.filter((f) => (old[f] ?? null) !== (r[f] ?? null));
    if (changed.length === 0) return;
    const columns = referralColumns(
      r,
      { id: before?.id ?? uuidv7(), residentId: input.residentId, stayId: input.stayId },
      at,
      session.user.id,
    );
    if (before) {
      const { id: _id, created_at: _at, created_by: _by, ...patch } = columns;
      await residentsRepo.updateReferral(trx, before.id, patch);
    } else {
      await residentsRepo.insertReferral(trx, columns);
    }
    await appendAudit(trx, {
      action: 'resident.referral_in_saved',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { stayId: input.stayId, fields: [...changed] },
    });
  });
  return readFile(session.db, input.residentId);
}
