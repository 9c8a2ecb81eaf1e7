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
import * as m0013 from './0013_reintegration';

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
  '0013_reintegration': m0013,
};

export const MIGRATION_NAMES = Object.keys(migrations);
export const LATEST_MIGRATION = MIGRATION_NAMES[MIGRATION_NAMES.length - 1]!;

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
