import type { ColumnType, Generated } from 'kysely';

/**
 * The single declared shape of the database, as the migrations leave it.
 * Times are UTC ISO-8601 strings; ids are UUIDv7 strings.
 */
export interface OrganisationTable {
  id: string;
  name: string;
  site_code: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  full_name: string;
  role: string;
  disabled_at: string | null;
  must_change_password: number;
  last_sign_in_at: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface DraftsTable {
  user_id: string;
  form_key: string;
  data: string;
  updated_at: string;
}

/** A resident; row_num is the stable rowid the FTS index points at, id the UUID everything else uses. */
export interface ResidentsTable {
  row_num: Generated<number>;
  id: string;
  code: string;
  code_site: string;
  code_year: number;
  code_seq: number;
  status: string;
  given_names: string | null;
  family_name: string | null;
  /** JSON array of strings. */
  other_names: string;
  display_name: string;
  sort_name: string;
  sex: string | null;
  gender_identity: string | null;
  date_of_birth: string | null;
  estimated_age_years: number | null;
  estimated_age_on: string | null;
  birth_year: number | null;
  /** JSON array of ISO 3166 alpha-2 codes. */
  nationalities: string;
  /** JSON array of language ids. */
  languages: string;
  phone: string | null;
  phone_key: string | null;
  id_document_type: string | null;
  id_document_number: string | null;
  id_number_key: string | null;
  marital_status: string | null;
  education_level: string | null;
  number_of_children: number | null;
  health_notes: string | null;
  origin_country: string | null;
  origin_province: string | null;
  origin_district: string | null;
  origin_sector: string | null;
  origin_cell: string | null;
  origin_village: string | null;
  origin_place: string | null;
  admitted_on: string;
  search_text: string;
  /** Assigned staff and risk level (0003_resident_care; shared/enums/care.ts). */
  social_worker_id: string | null;
  counsellor_id: string | null;
  risk_level: Generated<string>;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface ResidentNameWordsTable {
  id: Generated<number>;
  word: string;
}

export interface ResidentWordsTable {
  word: string;
  row_num: number;
  /** The resident's sort name and code, filled by triggers (0005_resident_list), for list order. */
  sort_name: ColumnType<string | null, never, never>;
  code: ColumnType<string | null, never, never>;
}

export interface StaysTable {
  id: string;
  resident_id: string;
  admitted_on: string;
  discharged_on: string | null;
  discharge_destination: string | null;
  discharge_reason: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface RoomsTable {
  id: string;
  name: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface BedsTable {
  id: string;
  room_id: string;
  label: string;
  retired_at: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface BedAssignmentsTable {
  id: string;
  stay_id: string;
  bed_id: string;
  from_date: string;
  to_date: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface ReferralsInTable {
  id: string;
  resident_id: string;
  stay_id: string;
  source_type: string;
  organisation_name: string | null;
  referring_officer: string | null;
  referred_on: string | null;
  case_reference: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** One per resident; multi-selects are JSON arrays of ids from shared/enums/trafficking.ts. */
export interface TraffickingProfilesTable {
  resident_id: string;
  trafficking_status: string | null;
  exploitation_types: string;
  labour_sectors: string;
  sexual_exploitation_types: string;
  means_of_control: string;
  recruitment_methods: string;
  recruiter_relationships: string;
  exploitation_countries: string;
  internal_movement: string | null;
  exploitation_place: string | null;
  employment_at_recruitment: string | null;
  recruited_on: string | null;
  exited_on: string | null;
  notes: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** One consent as given; withdrawal fills withdrawn_on, a new consent is a new row. */
export interface ConsentsTable {
  id: string;
  resident_id: string;
  purpose: string;
  /** JSON array of partner names (sharing only). */
  partners: string;
  given_on: string;
  method: string;
  witness_name: string | null;
  given_by: string;
  guardian_name: string | null;
  guardian_relationship: string | null;
  notes: string | null;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
  /** JSON array of SHARING_CATEGORIES the consent covers (sharing only; 0007). */
  categories: string;
  /** 'given' or 'refused' (0014). */
  decision: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** One outreach or training activity (0015); JSON arrays of partner and staff ids. */
export interface OutreachActivitiesTable {
  id: string;
  held_on: string;
  type: string;
  district: string | null;
  sector: string | null;
  camp: string | null;
  partner_ids: string;
  audience: string;
  female_under_18: number;
  female_adult: number;
  male_under_18: number;
  male_adult: number;
  staff_ids: string;
  notes: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** A resident's document (0004); the bytes are in document_contents, removed ones keep this row. */
export interface DocumentsTable {
  id: string;
  resident_id: string;
  kind: string;
  title: string;
  original_name: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  /** 0008: title, original name and checksum sealed under the documents key (null: still in the clear). */
  sealed_meta: Uint8Array | null;
  removed_at: string | null;
  removed_by: string | null;
  removed_reason: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface DocumentContentsTable {
  document_id: string;
  bytes: Uint8Array;
  /** 0008: 1 when `bytes` is sealed under the documents key. */
  sealed: ColumnType<number, number | undefined, number>;
}

export interface ReferralsOutTable {
  id: string;
  resident_id: string;
  organisation_type: string;
  organisation_name: string | null;
  reason: string | null;
  referred_on: string;
  status: string;
  status_on: string;
  notes: string | null;
  /** The directory partner (0007); older referrals typed a name instead. */
  partner_id: string | null;
  /** JSON array of SHARING_CATEGORIES the referral carries (0007). */
  categories: string;
  /** A recorded override of the consent gate: legal obligation or threat to life (0007). */
  override_reason: string | null;
  override_note: string | null;
  override_by: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** Every status a referral out has had; rows are only ever added. */
export interface ReferralOutStatusesTable {
  id: string;
  referral_id: string;
  status: string;
  status_on: string;
  note: string | null;
  created_at: string;
  created_by: string | null;
}

/** A counsellor or social worker opening a file not hers, with her reason (0006). */
export interface BreakGlassTable {
  id: string;
  resident_id: string;
  user_id: string;
  reason: string;
  note: string;
  at: string;
}

/** An organisation the shelter works with (0007); removed ones stay for the records that name them. */
export interface PartnersTable {
  id: string;
  type: string;
  name: string;
  district: string | null;
  contact_person: string | null;
  phone: string | null;
  removed_at: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/**
 * Whom a sharing consent lets data go to (0007): a partner, or every partner of a type.
 * A name written before the directory existed that matched no partner keeps written_name
 * and no target until a manager resolves it.
 */
export interface ConsentTargetsTable {
  id: string;
  consent_id: string;
  partner_id: string | null;
  partner_type: string | null;
  written_name: string | null;
}

/** Rehabilitation plans, sessions and conferences (0010–0012; shared/enums/rehabilitation.ts). */
export interface RehabPlansTable {
  resident_id: string;
  next_review_on: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface RehabGoalsTable {
  id: string;
  resident_id: string;
  position: number;
  domain: string;
  description: string;
  target_on: string | null;
  responsible_id: string | null;
  status: string;
  dropped_reason: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface RehabGoalReviewsTable {
  id: string;
  goal_id: string;
  reviewed_on: string;
  note: string;
  created_at: string;
  created_by: string | null;
}

export interface RehabPlanVersionsTable {
  resident_id: string;
  version: number;
  /** JSON: shared/domain/rehab-plan.ts planSnapshotSchema. */
  plan_values: string;
  saved_at: string;
  saved_by: string | null;
}

export interface CounsellingSessionsTable {
  id: string;
  type: string;
  title: string | null;
  starts_at: string;
  duration_minutes: number;
  counsellor_id: string;
  /** JSON array of topic ids. */
  topics: string;
  topics_other: string;
  next_session_on: string | null;
  /** Sealed under the counselling-notes key; null: no notes. */
  sealed_notes: Uint8Array | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface CounsellingParticipantsTable {
  session_id: string;
  resident_id: string;
  starts_at: string;
  attendance: string;
  /** JSON array of five items 0–5, or null. */
  who5: string | null;
  who5_score: number | null;
  distress: number | null;
  risk_flags: string;
  goal_ids: string;
}

export interface CounsellingRiskFlagsTable {
  id: string;
  resident_id: string;
  session_id: string;
  flag: string;
  raised_at: string;
  raised_by: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
}

export interface CounsellingNoteDraftsTable {
  user_id: string;
  resident_id: string;
  session_key: string;
  sealed: Uint8Array;
  saved_at: string;
}

export interface CaseConferencesTable {
  id: string;
  resident_id: string;
  held_on: string;
  attendees: string;
  decisions: string;
  actions: string;
  next_review_on: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** A resident's reintegration plan (0013); what is not searched on is the JSON `details`. */
export interface ReintegrationPlansTable {
  id: string;
  resident_id: string;
  destination_type: string;
  country: string;
  province: string | null;
  district: string | null;
  sector: string | null;
  cell: string | null;
  village: string | null;
  place: string | null;
  risk: string;
  planned_exit_on: string | null;
  details: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** A follow-up visit after discharge (0013): due, done (reached or not) or not to be made. */
export interface ReintegrationVisitsTable {
  id: string;
  resident_id: string;
  month: number | null;
  due_on: string;
  status: string;
  /** JSON array of { from, to, reason, at }. */
  reschedules: string;
  visited_on: string | null;
  mode: string | null;
  visitors: string | null;
  reached: number | null;
  findings: string | null;
  /** JSON object indicator → 1..5. */
  ratings: string | null;
  economic: number | null;
  social: number | null;
  psychosocial: number | null;
  composite: number | null;
  new_risks: string | null;
  actions_agreed: string | null;
  referral_out_id: string | null;
  cancelled_because: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** Per resident with a recorded visit (0018): what the attention list needs, kept by the visit service. */
export interface ReintegrationAttentionTable {
  resident_id: string;
  last_visited_on: string;
  falling_from: string | null;
  unreached_from: string | null;
  last_composite: number | null;
  last_composite_on: string | null;
  needs_attention: number;
}

/** A closure of a resident's case (0013); a reopening fills reopened_* and keeps the row. */
export interface ReintegrationClosuresTable {
  id: string;
  resident_id: string;
  closed_on: string;
  reason: string;
  note: string | null;
  closed_at: string;
  closed_by: string | null;
  reopened_at: string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

export interface CorrectionRequestsTable {
  id: string;
  resident_id: string;
  received_on: string;
  request: string;
  /** JSON array of audit_log.seq. */
  linked_seqs: Generated<string>;
  outcome: string | null;
  answered_on: string | null;
  answer_note: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface DB {
  organisation: OrganisationTable;
  users: UsersTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  drafts: DraftsTable;
  residents: ResidentsTable;
  resident_name_words: ResidentNameWordsTable;
  resident_words: ResidentWordsTable;
  stays: StaysTable;
  referrals_in: ReferralsInTable;
  rooms: RoomsTable;
  beds: BedsTable;
  bed_assignments: BedAssignmentsTable;
  documents: DocumentsTable;
  document_contents: DocumentContentsTable;
  referrals_out: ReferralsOutTable;
  referral_out_statuses: ReferralOutStatusesTable;
  trafficking_profiles: TraffickingProfilesTable;
  consents: ConsentsTable;
  break_glass: BreakGlassTable;
  partners: PartnersTable;
  consent_targets: ConsentTargetsTable;
  rehab_plans: RehabPlansTable;
  rehab_goals: RehabGoalsTable;
  rehab_goal_reviews: RehabGoalReviewsTable;
  rehab_plan_versions: RehabPlanVersionsTable;
  counselling_sessions: CounsellingSessionsTable;
  counselling_participants: CounsellingParticipantsTable;
  counselling_risk_flags: CounsellingRiskFlagsTable;
  counselling_note_drafts: CounsellingNoteDraftsTable;
  case_conferences: CaseConferencesTable;
  outreach_activities: OutreachActivitiesTable;
  reintegration_plans: ReintegrationPlansTable;
  reintegration_visits: ReintegrationVisitsTable;
  reintegration_closures: ReintegrationClosuresTable;
  reintegration_attention: ReintegrationAttentionTable;
  correction_requests: CorrectionRequestsTable;
}
