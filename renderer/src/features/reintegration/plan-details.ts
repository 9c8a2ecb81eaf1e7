import type { PlanSave, PlanView } from '../../../../shared/domain/reintegration';
import type { AuthorityRole, SupportItem } from '../../../../shared/enums/reintegration';

/** What the form holds for the plan's partners, assessment, support and dates: text as typed. */
export type PlanDetails = {
  followingPartnerId: string;
  authorityPartnerId: string;
  authorityRole: string;
  familyAssessment: string;
  familyAssessmentNote: string;
  bestInterestsOn: string;
  bestInterestsNote: string;
  support: { item: SupportItem | ''; amountRwf: number | string; note: string }[];
  plannedExitOn: string;
};

export function planDetailsOf(plan: PlanView | null): PlanDetails {
  return {
    followingPartnerId: plan?.followingPartnerId ?? '',
    authorityPartnerId: plan?.authority?.partnerId ?? '',
    authorityRole: plan?.authority?.role ?? 'village_leader',
    familyAssessment: plan?.familyAssessment ?? 'not_done',
    familyAssessmentNote: plan?.familyAssessmentNote ?? '',
    bestInterestsOn: plan?.bestInterests?.determinedOn ?? '',
    bestInterestsNote: plan?.bestInterests?.note ?? '',
    support: (plan?.support ?? []).map((s) => ({ item: s.item, amountRwf: s.amountRwf, note: s.note ?? '' })),
    plannedExitOn: plan?.plannedExitOn ?? '',
  };
}

const filled = (s: string) => s.trim() !== '';

/**
 * The details as the save channel takes them. Half-filled parts are sent as they are (an
 * amount without an item, a determination without its date) so core names the missing field
 * next to it instead of the form dropping what was typed.
 */
export function planDetailsInput(d: PlanDetails, abroad: boolean): Partial<PlanSave> {
  return {
    ...(abroad && d.followingPartnerId ? { followingPartnerId: d.followingPartnerId } : {}),
    ...(d.authorityPartnerId ? { authority: { partnerId: d.authorityPartnerId, role: d.authorityRole as AuthorityRole } } : {}),
    familyAssessment: d.familyAssessment as PlanSave['familyAssessment'],
    ...(filled(d.familyAssessmentNote) ? { familyAssessmentNote: d.familyAssessmentNote } : {}),
    ...(filled(d.bestInterestsOn) || filled(d.bestInterestsNote)
      ? {
          bestInterests: {
            ...(filled(d.bestInterestsOn) ? { determinedOn: d.bestInterestsOn } : {}),
            note: d.bestInterestsNote,
          } as PlanSave['bestInterests'],
        }
      : {}),
    support: d.support
      .filter((s) => s.item !== '' || s.amountRwf !== '' || filled(s.note))
      // Left out when empty, so core answers "required" for that very field.
      .map((s) => ({
        ...(s.item !== '' ? { item: s.item } : {}),
        ...(typeof s.amountRwf === 'number' ? { amountRwf: s.amountRwf } : {}),
        ...(filled(s.note) ? { note: s.note } : {}),
      })) as PlanSave['support'],
    ...(filled(d.plannedExitOn) ? { plannedExitOn: d.plannedExitOn } : {}),
  };
}
