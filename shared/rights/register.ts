import { z } from 'zod';
import { pathTokenSchema } from '../contract/dialogs';
import { localeSchema } from '../domain/settings';
import { ACCESS_CATEGORIES, type AccessCategory } from '../access/table';
import { roleSchema } from '../roles';
import { retentionPeriodSchema } from '../domain/retention';
import type { SharingCategory } from '../enums/sharing';

/**
 * The processing register (Law 058/2021, Article 17) as data: for each category of a
 * resident's file, why it is held and on what legal ground. Who sees it comes from the
 * access table and where it goes from the partner directory and the backup settings, so
 * the register is generated, never written by hand. Labels: i18n `rights.purpose.<id>`,
 * `rights.legalBasis.<id>`.
 */
export const LEGAL_BASES = ['consent', 'vital_interest', 'legal_obligation', 'public_interest'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

interface CategoryProcessing {
  legalBasis: LegalBasis;
  /** The sharing-consent pieces of this category a partner may receive (none: it never leaves, but in backups). */
  sharedAs: readonly SharingCategory[];
}

/** Every access category has an entry: a new category without one does not typecheck. */
export const CATEGORY_PROCESSING: Record<AccessCategory, CategoryProcessing> = {
  identity: { legalBasis: 'public_interest', sharedAs: ['identity', 'contact'] },
  stay: { legalBasis: 'legal_obligation', sharedAs: [] },
  trafficking_profile: { legalBasis: 'public_interest', sharedAs: ['trafficking_profile'] },
  care: { legalBasis: 'vital_interest', sharedAs: ['health'] },
  consents: { legalBasis: 'legal_obligation', sharedAs: [] },
  referrals: { legalBasis: 'consent', sharedAs: ['identity'] },
  documents: { legalBasis: 'consent', sharedAs: ['documents'] },
  history: { legalBasis: 'legal_obligation', sharedAs: [] },
  rehabilitation: { legalBasis: 'consent', sharedAs: [] },
  sessions: { legalBasis: 'consent', sharedAs: [] },
  counselling: { legalBasis: 'consent', sharedAs: ['counselling_summary'] },
  reintegration: { legalBasis: 'consent', sharedAs: [] },
  reintegration_contact: { legalBasis: 'consent', sharedAs: ['contact'] },
};

/** Records kept about the shelter's own work rather than one resident's file. */
export const OWN_RECORDS = ['shelter_records', 'audit_log', 'backups'] as const;
export type OwnRecord = (typeof OWN_RECORDS)[number];

/**
 * Every part of her file follows her case: kept for the retention period of the way it
 * closed (the register's `retention` list), then reviewed by a manager (pseudonymised or erased).
 */
const retentionSchema = z.object({ kind: z.literal('after_closure'), defaultMonths: z.number().int().positive() }).strict();

export const registerRowSchema = z
  .object({
    category: z.enum(ACCESS_CATEGORIES),
    /** The database tables holding it (from the resident data map); a category kept in columns of another has none. */
    tables: z.array(z.string()),
    legalBasis: z.enum(LEGAL_BASES),
    /** Roles that read it for a resident assigned to them; `glassReaders` only after breaking the glass. */
    readers: z.array(roleSchema),
    changers: z.array(roleSchema),
    glassReaders: z.array(roleSchema),
    retention: retentionSchema,
    /** Partners (from the directory) that may receive it under her sharing consent. */
    sharedWithPartners: z.boolean(),
  })
  .strict();
export type RegisterRow = z.infer<typeof registerRowSchema>;

export const processingRegisterSchema = z
  .object({
    organisationName: z.string(),
    generatedAt: z.string(),
    rows: z.array(registerRowSchema),
    /** Retention of closed cases per way of closing, from the retention settings. */
    retention: z.array(retentionPeriodSchema),
    ownRecords: z.array(z.object({ record: z.enum(OWN_RECORDS), tables: z.array(z.string()) }).strict()),
    partners: z.array(z.object({ name: z.string(), type: z.string() }).strict()),
    /** Backups go to a chosen folder; sealed to head office's key when recipients are given. */
    backups: z.object({ scheduled: z.boolean(), headOfficeKeys: z.number().int().nonnegative() }).strict(),
  })
  .strict();
export type ProcessingRegister = z.infer<typeof processingRegisterSchema>;

export const registerPdfSchema = z.object({ destinationToken: pathTokenSchema, locale: localeSchema }).strict();
