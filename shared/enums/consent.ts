/**
 * Consent under Rwanda's Law 058/2021 on the protection of personal data and privacy: given
 * per purpose, with its date and method, by the resident or (under 16) her guardian, and
 * withdrawable at any time. Labels: i18n `consent.<enum>.<id>`.
 */
export const CONSENT_PURPOSES = ['services', 'data_storage', 'sharing', 'follow_up_contact', 'research'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * What she decided for a purpose. A refusal is recorded so staff know not to ask again
 * casually and the gates treat it like no consent; consent given later replaces it.
 */
export const CONSENT_DECISIONS = ['given', 'refused'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

/** Oral consent counts only with a witness, whose name is recorded. */
export const CONSENT_METHODS = ['written', 'oral_witnessed'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const CONSENT_GIVERS = ['resident', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const GUARDIAN_RELATIONSHIPS = ['parent', 'legal_guardian', 'other_relative', 'social_services', 'other'] as const;
export type GuardianRelationship = (typeof GUARDIAN_RELATIONSHIPS)[number];

/**
 * Below this age the law needs the holder of parental authority to consent; from it to 18 the
 * resident may consent herself, and the form warns staff to involve a guardian where they can.
 */
export const CONSENT_AGE_WITHOUT_GUARDIAN = 16;
export const AGE_OF_MAJORITY = 18;

/** Warnings a consent carries (not refusals). Labels: i18n `consent.warning.<id>`. */
export const CONSENT_WARNINGS = ['minor_16_17', 'age_unknown', 'given_under_16'] as const;
export type ConsentWarning = (typeof CONSENT_WARNINGS)[number];

export const CONSENT_ENUMS = {
  purpose: CONSENT_PURPOSES,
  decision: CONSENT_DECISIONS,
  method: CONSENT_METHODS,
  givenBy: CONSENT_GIVERS,
  guardianRelationship: GUARDIAN_RELATIONSHIPS,
  warning: CONSENT_WARNINGS,
} as const;
