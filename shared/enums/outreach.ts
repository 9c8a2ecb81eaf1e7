/**
 * The shelter's work that is not about one resident. Labels: i18n `outreach.type.<id>`,
 * `outreach.audience.<id>`, `outreach.camp.<id>`.
 */
export const OUTREACH_TYPES = [
  'community_awareness',
  'training_officials',
  'training_teachers',
  'school_talk',
  'media',
  'refugee_camp_campaign',
  'border_community_campaign',
  'other',
] as const;
export type OutreachType = (typeof OUTREACH_TYPES)[number];

export const OUTREACH_AUDIENCES = [
  'community',
  'local_officials',
  'police_justice',
  'teachers',
  'students',
  'refugees',
  'media',
  'other',
] as const;
export type OutreachAudience = (typeof OUTREACH_AUDIENCES)[number];

/** Refugee camps in Rwanda where campaigns are held. */
export const REFUGEE_CAMPS = ['mahama', 'kiziba', 'nyabiheke', 'kigeme', 'mugombwa', 'gihembe', 'other'] as const;
export type RefugeeCamp = (typeof REFUGEE_CAMPS)[number];

/** Audience counts by sex and age band (CTDC's minor/adult split). */
export const AUDIENCE_COUNT_FIELDS = ['femaleUnder18', 'femaleAdult', 'maleUnder18', 'maleAdult'] as const;
