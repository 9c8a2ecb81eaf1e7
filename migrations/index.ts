import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_residents';
import * as m0003 from './0003_resident_care';
import * as m0004 from './0004_resident_documents';
import * as m0005 from './0005_resident_list';
import * as m0006 from './0006_resident_access';
import * as m0007 from './0007_partner_directory';
import * as m0008 from './0008_sealed_documents';
import * as m0009 from './0009_resident_shown_search';
import * as m0010 from './0010_rehabilitation_plans';
import * as m0011 from './0011_counselling_sessions';
import * as m0012 from './0012_case_conferences';
import * as m0013 from './0013_reintegration';
import * as m0014 from './0014_consent_research_refusal';
import * as m0015 from './0015_outreach_activities';
import * as m0016 from './0016_correction_requests';
import * as m0017 from './0017_reintegration_list_indexes';
import * as m0018 from './0018_reintegration_attention';
import * as m0019 from './0019_report_indexes';

/**
 * Every migration, in order. A static list rather than a directory scan so it works
 * inside an asar archive and in bundles. Names are frozen once released.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_residents': m0002,
  '0003_resident_care': m0003,
  '0004_resident_documents': m0004,
  '0005_resident_list': m0005,
  '0006_resident_access': m0006,
  '0007_partner_directory': m0007,
  '0008_sealed_documents': m0008,
  '0009_resident_shown_search': m0009,
  '0010_rehabilitation_plans': m0010,
  '0011_counselling_sessions': m0011,
  '0012_case_conferences': m0012,
  '0013_reintegration': m0013,
  '0014_consent_research_refusal': m0014,
  '0015_outreach_activities': m0015,
  '0016_correction_requests': m0016,
  '0017_reintegration_list_indexes': m0017,
  '0018_reintegration_attention': m0018,
  '0019_report_indexes': m0019,
};

export const MIGRATION_NAMES = Object.keys(migrations);
export const LATEST_MIGRATION = MIGRATION_NAMES[MIGRATION_NAMES.length - 1]!;

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
