import { RISK_LEVELS } from '../enums/care';
import { CONSENT_DECISIONS, CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, GUARDIAN_RELATIONSHIPS } from '../enums/consent';
import { DOCUMENT_KINDS } from '../enums/documents';
import { REFERRAL_OUT_ORGANISATION_TYPES, REFERRAL_OUT_STATUSES } from '../enums/referral-out';
import { ATTENDANCES, GOAL_DOMAINS, GOAL_STATUSES, RISK_FLAGS, SESSION_TOPICS, SESSION_TYPES } from '../enums/rehabilitation';
import {
  CLOSURE_REASONS,
  REINTEGRATION_DESTINATIONS,
  RETRAFFICKING_RISKS,
  VISIT_CANCEL_REASONS,
  VISIT_MODES,
  VISIT_STATUSES,
} from '../enums/reintegration';
import {
  DISCHARGE_DESTINATIONS,
  EDUCATION_LEVELS,
  GENDER_IDENTITIES,
  ID_DOCUMENT_TYPES,
  LANGUAGES,
  MARITAL_STATUSES,
  REFERRAL_SOURCE_TYPES,
  RESIDENT_STATUSES,
  SEXES,
} from '../enums/resident';
import { BREAK_GLASS_REASONS, CONSENT_OVERRIDE_REASONS, SHARING_CATEGORIES } from '../enums/sharing';
import {
  EMPLOYMENT_STATUSES,
  EXPLOITATION_TYPES,
  INTERNAL_MOVEMENTS,
  LABOUR_SECTORS,
  MEANS_OF_CONTROL,
  RECRUITER_RELATIONSHIPS,
  RECRUITMENT_METHODS,
  SEXUAL_EXPLOITATION_TYPES,
  TRAFFICKING_STATUSES,
} from '../enums/trafficking';
import { AUDIT_ACTIONS } from '../domain/audit';
import { CORRECTION_OUTCOMES } from './corrections';

/**
 * How the readable half of a resident's access export names what is stored: every column
 * of her tables has a label (`accessExport.field.<column>`, one per column name, shared by
 * the tables that have it) and every table a heading (`accessExport.table.<table>`); a
 * stored enumeration value is printed through the label the screens use for it. A column
 * the export test finds without a label, or hidden here, fails it.
 */

/** Columns that only repeat, for search or sorting, what other columns hold (the JSON keeps them). */
export const EXPORT_HIDDEN_COLUMNS: ReadonlySet<string> = new Set([
  'row_num',
  'search_text',
  'phone_key',
  'id_number_key',
  'sort_name',
  'code_site',
  'code_year',
  'code_seq',
  'sealed',
  'position',
]);

/** Where a column's stored values get their words. */
export type ExportValues =
  /** One enumeration value, labelled `<prefix>.<value>`. */
  | { kind: 'enum'; prefix: string; values: readonly string[] }
  /** A JSON array of enumeration values. */
  | { kind: 'enumList'; prefix: string; values: readonly string[] }
  /** An ISO 3166 code, or a JSON array of them: the country's name in her language. */
  | { kind: 'country' }
  | { kind: 'countries' }
  /** 1 or 0: `accessExport.yes` / `accessExport.no`. */
  | { kind: 'yesNo' };

const one = (prefix: string, values: readonly string[]): ExportValues => ({ kind: 'enum', prefix, values });
const many = (prefix: string, values: readonly string[]): ExportValues => ({ kind: 'enumList', prefix, values });

export const EXPORT_VALUES: Readonly<Record<string, Readonly<Record<string, ExportValues>>>> = {
  residents: {
    status: one('residentEnums.residentStatus', RESIDENT_STATUSES),
    sex: one('residentEnums.sex', SEXES),
    gender_identity: one('residentEnums.genderIdentity', GENDER_IDENTITIES),
    marital_status: one('residentEnums.maritalStatus', MARITAL_STATUSES),
    education_level: one('residentEnums.educationLevel', EDUCATION_LEVELS),
    id_document_type: one('residentEnums.idDocumentType', ID_DOCUMENT_TYPES),
    risk_level: one('residentEnums.riskLevel', RISK_LEVELS),
    languages: many('residentEnums.language', LANGUAGES),
    nationalities: { kind: 'countries' },
    origin_country: { kind: 'country' },
  },
  stays: { discharge_destination: one('residentEnums.dischargeDestination', DISCHARGE_DESTINATIONS) },
  referrals_in: { source_type: one('residentEnums.referralSourceType', REFERRAL_SOURCE_TYPES) },
  trafficking_profiles: {
    trafficking_status: one('trafficking.status', TRAFFICKING_STATUSES),
    exploitation_types: many('trafficking.exploitationType', EXPLOITATION_TYPES),
    labour_sectors: many('trafficking.labourSector', LABOUR_SECTORS),
    sexual_exploitation_types: many('trafficking.sexualExploitationType', SEXUAL_EXPLOITATION_TYPES),
    means_of_control: many('trafficking.meansOfControl', MEANS_OF_CONTROL),
    recruitment_methods: many('trafficking.recruitmentMethod', RECRUITMENT_METHODS),
    recruiter_relationships: many('trafficking.recruiterRelationship', RECRUITER_RELATIONSHIPS),
    exploitation_countries: { kind: 'countries' },
    internal_movement: one('trafficking.internalMovement', INTERNAL_MOVEMENTS),
    employment_at_recruitment: one('trafficking.employmentStatus', EMPLOYMENT_STATUSES),
  },
  consents: {
    purpose: one('consent.purpose', CONSENT_PURPOSES),
    decision: one('consent.decision', CONSENT_DECISIONS),
    method: one('consent.method', CONSENT_METHODS),
    given_by: one('consent.givenBy', CONSENT_GIVERS),
    guardian_relationship: one('consent.guardianRelationship', GUARDIAN_RELATIONSHIPS),
    categories: many('sharing.category', SHARING_CATEGORIES),
  },
  consent_targets: { partner_type: one('referralsOut.organisationType', REFERRAL_OUT_ORGANISATION_TYPES) },
  documents: { kind: one('documents.kind', DOCUMENT_KINDS) },
  referrals_out: {
    organisation_type: one('referralsOut.organisationType', REFERRAL_OUT_ORGANISATION_TYPES),
    status: one('referralsOut.status', REFERRAL_OUT_STATUSES),
    categories: many('sharing.category', SHARING_CATEGORIES),
    override_reason: one('sharing.override', CONSENT_OVERRIDE_REASONS),
  },
  referral_out_statuses: { status: one('referralsOut.status', REFERRAL_OUT_STATUSES) },
  break_glass: { reason: one('breakGlass.reason', BREAK_GLASS_REASONS) },
  rehab_goals: { domain: one('rehabEnums.goalDomain', GOAL_DOMAINS), status: one('rehabEnums.goalStatus', GOAL_STATUSES) },
  counselling_sessions: { type: one('rehabEnums.sessionType', SESSION_TYPES), topics: many('rehabEnums.topic', SESSION_TOPICS) },
  counselling_participants: { attendance: one('rehabEnums.attendance', ATTENDANCES), risk_flags: many('rehabEnums.riskFlag', RISK_FLAGS) },
  counselling_risk_flags: { flag: one('rehabEnums.riskFlag', RISK_FLAGS) },
  reintegration_plans: {
    destination_type: one('reintegration.destination', REINTEGRATION_DESTINATIONS),
    country: { kind: 'country' },
    risk: one('reintegration.risk', RETRAFFICKING_RISKS),
  },
  reintegration_attention: {
    needs_attention: { kind: 'yesNo' },
  },
  reintegration_visits: {
    status: one('reintegration.visitStatus', VISIT_STATUSES),
    mode: one('reintegration.visitMode', VISIT_MODES),
    reached: { kind: 'yesNo' },
    cancelled_because: one('reintegration.cancelledBecause', VISIT_CANCEL_REASONS),
  },
  reintegration_closures: { reason: one('reintegration.closureReason', CLOSURE_REASONS) },
  correction_requests: { outcome: one('corrections.outcome', CORRECTION_OUTCOMES) },
  audit_log: { action: one('audit.action', AUDIT_ACTIONS) },
};
