import type { Generated } from 'kysely';

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

export interface DB {
  organisation: OrganisationTable;
  users: UsersTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  drafts: DraftsTable;
}
