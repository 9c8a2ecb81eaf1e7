import type { DischargeDestination } from './resident';

/**
 * Reintegration: where she goes, what she takes with her, how the follow-up year is kept
 * and how the case ends. Labels: i18n `reintegration.<enum>.<id>`.
 */

/** Where she returns to. Each maps onto a discharge destination, so plan and discharge agree. */
export const REINTEGRATION_DESTINATIONS = ['family', 'relatives', 'independent', 'foster_care', 'other_shelter'] as const;
export type ReintegrationDestination = (typeof REINTEGRATION_DESTINATIONS)[number];

export const DESTINATION_TO_DISCHARGE: Record<ReintegrationDestination, DischargeDestination> = {
  family: 'family',
  // Relatives are family in the discharge's coarser list.
  relatives: 'family',
  independent: 'independent',
  foster_care: 'other',
  other_shelter: 'other_shelter',
};

/** What the shelter gives for the return; amounts in Rwandan francs. Mutuelle de santé is the community health insurance. */
export const SUPPORT_ITEMS = ['vocational_kit', 'start_up_capital', 'school_fees', 'health_insurance', 'rent', 'other'] as const;
export type SupportItem = (typeof SUPPORT_ITEMS)[number];

/** Re-trafficking risk: its own scale, distinct from the care risk level. */
export const RETRAFFICKING_RISKS = ['low', 'medium', 'high'] as const;
export type RetraffickingRisk = (typeof RETRAFFICKING_RISKS)[number];

export const RETRAFFICKING_RISK_REASONS = [
  'recruiter_at_large',
  'recruiter_in_family',
  'debt',
  'no_income',
  'family_rejection',
  'violence_at_home',
  'plans_to_migrate',
  'substance_use',
  'other',
] as const;
export type RetraffickingRiskReason = (typeof RETRAFFICKING_RISK_REASONS)[number];

/** Who the local authority contact is. */
export const AUTHORITY_ROLES = ['village_leader', 'cell_social_affairs', 'sector_social_affairs', 'other'] as const;
export type AuthorityRole = (typeof AUTHORITY_ROLES)[number];

export const FAMILY_ASSESSMENTS = ['not_done', 'suitable', 'suitable_with_support', 'not_suitable'] as const;
export type FamilyAssessment = (typeof FAMILY_ASSESSMENTS)[number];

export const VISIT_MODES = ['home_visit', 'phone', 'office', 'through_partner'] as const;
export type VisitMode = (typeof VISIT_MODES)[number];

/**
 * A follow-up's state: `due` until done; `done` once recorded (reached or not);
 * `not_to_be_made` when her follow-up consent was withdrawn, the case closed or she came back.
 */
export const VISIT_STATUSES = ['due', 'done', 'not_to_be_made'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Why a visit is marked not to be made (reintegration.cancelledBecause.<id>). */
export const VISIT_CANCEL_REASONS = ['consent_withdrawn', 'case_closed', 'readmitted'] as const;

export const CLOSURE_REASONS = ['follow_ups_complete', 'moved_abroad', 'refused_contact', 'died', 'readmitted', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** The default follow-up schedule, in months after discharge (a setting). */
export const DEFAULT_FOLLOW_UP_MONTHS = [1, 3, 6, 12] as const;

export const REINTEGRATION_DIMENSIONS = ['economic', 'social', 'psychosocial'] as const;
export type ReintegrationDimension = (typeof REINTEGRATION_DIMENSIONS)[number];

/**
 * The indicators rated 1 (very poor) to 5 (very good) at each visit, modelled on IOM's
 * reintegration sustainability survey, shortened to what a visit can ask. Labels:
 * `reintegration.indicator.<id>` (the question), grouped by dimension.
 */
export const REINTEGRATION_INDICATORS = {
  income: 'economic',
  food_security: 'economic',
  housing: 'economic',
  debt: 'economic',
  family_relations: 'social',
  community_acceptance: 'social',
  access_to_services: 'social',
  wellbeing: 'psychosocial',
  safety: 'psychosocial',
  wish_to_stay: 'psychosocial',
} as const satisfies Record<string, ReintegrationDimension>;
export type ReintegrationIndicator = keyof typeof REINTEGRATION_INDICATORS;
export const REINTEGRATION_INDICATOR_IDS = Object.keys(REINTEGRATION_INDICATORS) as ReintegrationIndicator[];

export const REINTEGRATION_ENUMS = {
  destination: REINTEGRATION_DESTINATIONS,
  support: SUPPORT_ITEMS,
  risk: RETRAFFICKING_RISKS,
  riskReason: RETRAFFICKING_RISK_REASONS,
  authorityRole: AUTHORITY_ROLES,
  familyAssessment: FAMILY_ASSESSMENTS,
  visitMode: VISIT_MODES,
  visitStatus: VISIT_STATUSES,
  closureReason: CLOSURE_REASONS,
  dimension: REINTEGRATION_DIMENSIONS,
  indicator: REINTEGRATION_INDICATOR_IDS,
} as const;
