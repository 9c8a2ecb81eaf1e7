/**
 * Rehabilitation plans and counselling sessions. Labels: `rehabEnums.<list>.<id>`
 * (en-rehab.ts and its fr/rw twins). Stored as these ids; core validates against them.
 */
export const GOAL_DOMAINS = [
  'health',
  'psychosocial',
  'legal_justice',
  'education',
  'livelihood',
  'family_community',
  'safety',
  'housing',
] as const;
export type GoalDomain = (typeof GOAL_DOMAINS)[number];

export const GOAL_STATUSES = ['not_started', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const SESSION_TYPES = ['individual', 'group', 'family'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** `scheduled`: not yet held; the others record what happened. */
export const ATTENDANCES = ['scheduled', 'attended', 'missed', 'cancelled_by_resident', 'cancelled_by_staff'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const SESSION_TOPICS = [
  'trauma',
  'grief',
  'anxiety',
  'depression',
  'sleep',
  'relationships',
  'family',
  'safety_planning',
  'substance_use',
  'legal_process',
  'future_plans',
  'life_skills',
  'other',
] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];

/** Any of these raises the resident's risk level to at least high and waits on the manager's Home. */
export const RISK_FLAGS = ['self_harm', 'harm_to_others', 'trafficker_contact', 'unsafe_departure'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

export const CONFERENCE_ATTENDEE_KINDS = ['staff', 'resident', 'family', 'partner'] as const;
export type ConferenceAttendeeKind = (typeof CONFERENCE_ATTENDEE_KINDS)[number];
