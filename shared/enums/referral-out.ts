/**
 * Referrals out: where the shelter sends a resident for a service, and how far it got.
 * Labels: `referralsOut.organisationType.<id>` and `referralsOut.status.<id>`.
 */
export const REFERRAL_OUT_ORGANISATION_TYPES = [
  'health',
  'legal_aid',
  'rib',
  'isange',
  'education',
  'vocational_training',
  'local_authority',
  'iom',
  'ngo',
  'other',
] as const;
export type ReferralOutOrganisationType = (typeof REFERRAL_OUT_ORGANISATION_TYPES)[number];

export const REFERRAL_OUT_STATUSES = ['planned', 'sent', 'accepted', 'in_progress', 'completed', 'declined', 'cancelled'] as const;
export type ReferralOutStatus = (typeof REFERRAL_OUT_STATUSES)[number];

/** Statuses after which nothing more is expected from the other organisation. */
export const REFERRAL_OUT_CLOSED_STATUSES: readonly ReferralOutStatus[] = ['completed', 'declined', 'cancelled'];
