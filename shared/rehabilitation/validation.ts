/**
 * Named refusals for rehabilitation forms. Each is an i18n key under `validation.`
 * (en-rehab.ts), shown next to the field; core and the form use the same key.
 */
export const REHAB_VALIDATION = {
  droppedReasonRequired: 'rehab.droppedReasonRequired',
  responsibleInactive: 'rehab.responsibleInactive',
  goalDomainNotYours: 'rehab.goalDomainNotYours',
  planFieldNotYours: 'rehab.planFieldNotYours',
  sessionTooFarAhead: 'rehab.sessionTooFarAhead',
  sessionBeforeAdmission: 'rehab.sessionBeforeAdmission',
  who5Item: 'rehab.wellbeingItem',
  notesTooLong: 'rehab.notesTooLong',
  notInShelter: 'rehab.notInShelter',
  counsellorInvalid: 'rehab.counsellorInvalid',
  goalNotInPlan: 'rehab.goalNotInPlan',
  clinicalNotYours: 'rehab.clinicalNotYours',
  partnerUnknown: 'rehab.partnerUnknown',
} as const;

/** Longest counselling note (characters). */
export const NOTES_MAX = 20_000;
/** Longest draft of one: room to keep what she typed past the limit while she trims it. */
export const NOTE_DRAFT_MAX = 2 * NOTES_MAX;
/** How far ahead a session may be scheduled, in days. */
export const SESSION_MAX_DAYS_AHEAD = 366;
