/**
 * What a sharing consent may let leave the shelter, and what a referral out carries.
 * Labels: i18n `sharing.category.<id>`. Kept apart from ACCESS_CATEGORIES (who opens what
 * inside the shelter): these are the pieces a partner receives.
 */
export const SHARING_CATEGORIES = ['identity', 'contact', 'trafficking_profile', 'health', 'counselling_summary', 'documents'] as const;
export type SharingCategory = (typeof SHARING_CATEGORIES)[number];

/** A recorded reason to send without consent (as Primero's consent override). Labels: `sharing.override.<id>`. */
export const CONSENT_OVERRIDE_REASONS = ['legal_obligation', 'threat_to_life'] as const;
export type ConsentOverrideReason = (typeof CONSENT_OVERRIDE_REASONS)[number];

/** Why a counsellor or social worker opens a file not hers. Labels: `breakGlass.reason.<id>`. */
export const BREAK_GLASS_REASONS = ['risk_to_life', 'covering_colleague', 'incident', 'resident_request', 'other'] as const;
export type BreakGlassReason = (typeof BREAK_GLASS_REASONS)[number];
