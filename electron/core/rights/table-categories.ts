import type { AccessCategory } from '../../../shared/access/table';

/**
 * Which category of her file (shared/access/table.ts) each table of the resident data map
 * belongs to: what decides whether the person making an access export may include it, and
 * under which heading the processing register lists it. A table of the map without a
 * category here fails table-categories.test.ts.
 */
export const TABLE_CATEGORY: Readonly<Record<string, AccessCategory>> = {
  residents: 'identity',
  resident_words: 'identity',
  resident_name_words: 'identity',
  drafts: 'identity',
  stays: 'stay',
  bed_assignments: 'stay',
  referrals_in: 'stay',
  trafficking_profiles: 'trafficking_profile',
  consents: 'consents',
  consent_targets: 'consents',
  documents: 'documents',
  document_contents: 'documents',
  referrals_out: 'referrals',
  referral_out_statuses: 'referrals',
  break_glass: 'history',
  audit_log: 'history',
  correction_requests: 'history',
  rehab_plans: 'rehabilitation',
  rehab_plan_versions: 'rehabilitation',
  rehab_goals: 'rehabilitation',
  rehab_goal_reviews: 'rehabilitation',
  case_conferences: 'rehabilitation',
  counselling_sessions: 'sessions',
  counselling_participants: 'counselling',
  counselling_risk_flags: 'counselling',
  counselling_note_drafts: 'counselling',
  reintegration_plans: 'reintegration',
  reintegration_visits: 'reintegration',
  reintegration_closures: 'reintegration',
  reintegration_attention: 'reintegration',
};

/** Search indexes over her names (and their shadow tables) belong with her identity. */
const INDEX_PREFIXES = ['resident_search', 'resident_shown_search', 'resident_name_word_search'];

export function categoryOfTable(table: string): AccessCategory | undefined {
  return TABLE_CATEGORY[table] ?? (INDEX_PREFIXES.some((p) => table === p || table.startsWith(`${p}_`)) ? 'identity' : undefined);
}
