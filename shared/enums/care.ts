/**
 * Who looks after a resident, and how worried the team is about her safety. Stored on the
 * resident row (residents.social_worker_id, residents.counsellor_id, residents.risk_level)
 * so the residents list can filter on them with an index. Labels: `residentEnums.riskLevel.<id>`.
 */
export const RISK_LEVELS = ['none', 'moderate', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Age bands for the residents list filter; `adult` is 18 and over. */
export const AGE_BANDS = ['under_16', '16_17', 'adult', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
