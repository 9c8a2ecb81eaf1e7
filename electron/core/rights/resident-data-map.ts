/**
 * Where a resident's data lives: every table of the schema is either in RESIDENT_TABLES
 * (with how its rows belong to her) or in TABLES_WITHOUT_RESIDENT_DATA (with why not).
 * The access export, erasure, retention and the processing register all read this one
 * list; resident-data-map.test.ts fails when a migration adds a table that is in neither,
 * so a new table cannot silently escape an erasure or an export.
 */

/** How the rows of one table are found for one resident. */
export type ResidentLink =
  /** The table is `residents` itself: her row is the one whose `column` is her id. */
  | { kind: 'self'; column: 'id' }
  /** A column holding her resident id. */
  | { kind: 'column'; column: string }
  /** Through a parent row that belongs to her: `column` points at `parentTable.parentColumn`. */
  | { kind: 'parent'; column: string; parentTable: string; parentColumn: string }
  /**
   * A row shared by several residents (a group session): it is hers only through the
   * `via` table; it goes with her when she is its only participant, otherwise only her
   * participant rows go and the shared row stays for the others.
   */
  | { kind: 'shared'; column: string; via: string; viaColumn: string }
  /**
   * A full-text index whose rowid is her `residents.row_num`; its `_data`, `_idx`,
   * `_docsize` and `_config` shadow tables hold her indexed words until the index is
   * rebuilt or merged, so erasure rebuilds it.
   */
  | { kind: 'search-index'; rowid: 'residents.row_num' }
  /**
   * Words shared by every resident (the near-spelling vocabulary): no row is hers alone,
   * so erasure rebuilds the list from the residents who remain.
   */
  | { kind: 'vocabulary' }
  /** The audit log: entries whose target is her (target_type 'resident', target_id her id). */
  | { kind: 'audit-subject'; typeColumn: 'target_type'; idColumn: 'target_id' }
  /** Form drafts about her: see `herDrafts`. */
  | { kind: 'draft-key'; column: 'form_key' };

export interface ResidentTable {
  table: string;
  link: ResidentLink;
  /** What of hers the table holds, in a phrase for the register and export. */
  holds: string;
}

const col = (table: string, holds: string, column = 'resident_id'): ResidentTable => ({ table, holds, link: { kind: 'column', column } });
const child = (table: string, column: string, parentTable: string, holds: string, parentColumn = 'id'): ResidentTable => ({
  table,
  holds,
  link: { kind: 'parent', column, parentTable, parentColumn },
});
const shadows = (index: string, holds: string): ResidentTable[] =>
  ['', '_data', '_idx', '_docsize', '_config'].map((s) => ({
    table: `${index}${s}`,
    holds,
    link: { kind: 'search-index', rowid: 'residents.row_num' },
  }));
const vocabulary = (table: string, holds: string): ResidentTable => ({ table, holds, link: { kind: 'vocabulary' } });

export const RESIDENT_TABLES: readonly ResidentTable[] = [
  { table: 'residents', holds: 'identity, contact, origin, health notes, assignment', link: { kind: 'self', column: 'id' } },
  child('resident_words', 'row_num', 'residents', 'her whole name words, for near-spelling search', 'row_num'),
  ...shadows('resident_search', 'trigram index of her names, aliases, code, phone and ID number'),
  ...shadows('resident_shown_search', 'trigram index of her code and given names'),
  vocabulary('resident_name_words', 'name words of every resident, hers among them'),
  ...['', '_data', '_idx', '_docsize', '_config'].map((s) =>
    vocabulary(`resident_name_word_search${s}`, 'trigram index of the name words'),
  ),
  col('stays', 'admissions and discharges'),
  child('bed_assignments', 'stay_id', 'stays', 'beds she slept in'),
  col('referrals_in', 'who referred her'),
  col('trafficking_profiles', 'her trafficking history'),
  col('consents', 'consents she gave or refused'),
  child('consent_targets', 'consent_id', 'consents', 'partners a consent names'),
  col('documents', 'documents about her'),
  child('document_contents', 'document_id', 'documents', 'the documents’ bytes (sealed)'),
  col('referrals_out', 'referrals to partners'),
  child('referral_out_statuses', 'referral_id', 'referrals_out', 'the referrals’ progress'),
  col('break_glass', 'staff who broke the glass on her file'),
  col('rehab_plans', 'her rehabilitation plan'),
  col('rehab_plan_versions', 'earlier versions of the plan'),
  col('rehab_goals', 'plan goals'),
  child('rehab_goal_reviews', 'goal_id', 'rehab_goals', 'goal reviews'),
  col('case_conferences', 'case conferences'),
  {
    table: 'counselling_sessions',
    holds: 'sessions and their sealed notes',
    link: { kind: 'shared', column: 'id', via: 'counselling_participants', viaColumn: 'session_id' },
  },
  col('counselling_participants', 'her attendance, WHO-5 and distress in each session'),
  col('counselling_risk_flags', 'risk flags raised in sessions'),
  col('counselling_note_drafts', 'drafts of counselling notes (sealed)'),
  col('reintegration_plans', 'her reintegration plan and destination'),
  col('reintegration_visits', 'follow-up visits and their findings'),
  col('reintegration_closures', 'case closure and reopening'),
  col('reintegration_attention', 'whether her follow-up score is falling or she was missed twice, from her visits'),
  col('correction_requests', 'what she asked to be corrected, and the answers'),
  {
    table: 'audit_log',
    holds: 'who did what to her file (ids and actions, no names)',
    link: { kind: 'audit-subject', typeColumn: 'target_type', idColumn: 'target_id' },
  },
  { table: 'drafts', holds: 'unsaved forms about her', link: { kind: 'draft-key', column: 'form_key' } },
];

/** Tables holding nothing about any one resident, each with the reason. */
export const TABLES_WITHOUT_RESIDENT_DATA: Readonly<Record<string, string>> = {
  organisation: 'the shelter’s own name and site code',
  users: 'staff accounts',
  settings: 'shelter-wide settings',
  rooms: 'the shelter’s rooms',
  beds: 'the shelter’s beds (who slept in them is bed_assignments)',
  partners: 'the directory of partner organisations',
  outreach_activities: 'community outreach events, counted by audience, naming no resident',
  kysely_migration: 'which migrations ran',
  kysely_migration_lock: 'the migration lock',
};

/**
 * Her rows of `drafts` as one SQL condition: a draft keyed by her id (`stay.discharge:<id>`),
 * or one naming her id in what was typed (a group session's participants, keyed by no one).
 * Erasure, pseudonymisation and the access export all use this one, so none of them finds
 * fewer drafts than the others.
 */
export function herDrafts(residentId: string): { where: string; args: string[] } {
  return { where: '(substr(form_key, -length(?)) = ? OR instr(data, ?) > 0)', args: [residentId, residentId, residentId] };
}

export const RESIDENT_TABLE_NAMES: ReadonlySet<string> = new Set(RESIDENT_TABLES.map((t) => t.table));

/** Tables of `names` that are in neither list: each one is a table the map has to learn about. */
export function tablesNotInMap(names: readonly string[]): string[] {
  return names.filter((n) => !RESIDENT_TABLE_NAMES.has(n) && !(n in TABLES_WITHOUT_RESIDENT_DATA));
}
