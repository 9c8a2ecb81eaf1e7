import { ACCESS_CATEGORIES, ACCESS_TABLE, allows } from '../../../shared/access/table';
import { ROLES, type Role } from '../../../shared/roles';
import type { Locale } from '../../../shared/domain/settings';
import { CATEGORY_PROCESSING, type ProcessingRegister } from '../../../shared/rights/register';
import type { AppDb } from '../db/kysely';
import type { PdfSpec } from '../pdf';
import { readBackupRecords } from '../backup/schedule-store';
import { partnersRepo } from '../repositories/partners';
import { readSettings } from '../services/settings';
import { pdfFooter, tr } from '../services/reintegration-pdf-common';
import { RESIDENT_TABLES, TABLES_WITHOUT_RESIDENT_DATA } from './resident-data-map';
import { categoryOfTable } from './table-categories';
import { readRetentionFrom } from './retention';
import { retentionPeriods } from '../../../shared/domain/retention';

const rolesWith = (pick: (r: Role) => boolean) => ROLES.filter(pick);

/** Search indexes are listed under their base table: their shadow tables are the index's own storage. */
const isShadow = (table: string) => {
  const base = table.replace(/_(data|idx|docsize|config)$/, '');
  return base !== table && RESIDENT_TABLES.some((t) => t.table === base);
};

/**
 * The processing register (Article 17), generated so it cannot drift from the code: the
 * categories and who sees them from the access table, the tables from the resident data
 * map, the legal basis from shared/rights/register.ts, partners from the directory and
 * backups from the backup settings, retention from the retention settings.
 */
export async function processingRegister(db: AppDb, now: number): Promise<ProcessingRegister> {
  const settings = await readSettings(db);
  const records = await readBackupRecords(db);
  const partners = await partnersRepo.list(db, false);
  const retention = await readRetentionFrom(db);
  const rows = ACCESS_CATEGORIES.map((category) => {
    const p = CATEGORY_PROCESSING[category];
    return {
      category,
      tables: RESIDENT_TABLES.filter((t) => categoryOfTable(t.table) === category && !isShadow(t.table)).map((t) => t.table),
      legalBasis: p.legalBasis,
      readers: rolesWith((r) => allows(r, 'assigned', category, 'read')),
      changers: rolesWith((r) => allows(r, 'assigned', category, 'change')),
      // Roles that read another's file only after stating a reason (breaking the glass).
      glassReaders: rolesWith((r) => ACCESS_TABLE[r].not_assigned[category] === 'none' && allows(r, 'broken_glass', category, 'read')),
      retention: { kind: 'after_closure' as const, defaultMonths: retention.defaultMonths },
      sharedWithPartners: p.sharedAs.length > 0,
    };
  });
  const own = Object.keys(TABLES_WITHOUT_RESIDENT_DATA).filter((t) => !t.startsWith('kysely_'));
  return {
    organisationName: settings.organisationName,
    generatedAt: new Date(now).toISOString(),
    rows,
    retention: retentionPeriods(retention),
    ownRecords: [
      { record: 'shelter_records', tables: own },
      { record: 'audit_log', tables: ['audit_log'] },
      { record: 'backups', tables: [] },
    ],
    partners: partners.map((p) => ({ name: p.name, type: p.type })),
    backups: { scheduled: records.schedule?.enabled ?? false, headOfficeKeys: records.schedule?.recipients.length ?? 0 },
  };
}

/** The register as a PDF, in the language chosen; the same data as the page. */
export async function processingRegisterSpec(db: AppDb, reg: ProcessingRegister, locale: Locale, now: number): Promise<PdfSpec> {
  const t = tr(locale);
  const roles = (list: readonly Role[]) => (list.length ? list.map((r) => t(`roles.${r}`)).join(', ') : t('rights.none'));
  return {
    title: t('rights.register.pdfTitle'),
    language: locale,
    blocks: [
      { kind: 'heading', text: t('rights.register.pdfTitle') },
      { kind: 'paragraph', text: t('rights.register.pdfIntro', { organisation: reg.organisationName }) },
      { kind: 'paragraph', text: t('rights.register.intro'), small: true },
      ...reg.rows.flatMap((r) => [
        { kind: 'heading' as const, level: 2 as const, text: t(`access.category.${r.category}`) },
        {
          kind: 'fields' as const,
          fields: [
            { label: t('rights.register.purposeColumn'), value: t(`rights.purpose.${r.category}`) },
            { label: t('rights.register.basis'), value: t(`rights.legalBasis.${r.legalBasis}`) },
            {
              label: t('rights.register.readers'),
              value: roles(r.readers) + (r.glassReaders.length ? ` — ${t('rights.register.glass', { roles: roles(r.glassReaders) })}` : ''),
            },
            { label: t('rights.register.kept'), value: t('rights.register.monthsAfterClosure', { months: r.retention.defaultMonths }) },
            {
              label: t('rights.register.goesTo'),
              value: r.sharedWithPartners ? t('rights.register.partnersUnderConsent') : t('rights.register.backupsOnly'),
            },
            { label: t('rights.register.tables'), value: r.tables.join(', ') || '—' },
          ],
        },
      ]),
      { kind: 'heading', text: t('rights.register.retentionTitle') },
      { kind: 'paragraph', text: t('rights.register.retentionIntro'), small: true },
      {
        kind: 'fields',
        fields: reg.retention.map((p) => ({
          label: t(`retention.categories.${p.category}`),
          value: t(p.set ? 'rights.register.periodSet' : 'rights.register.periodDefault', { months: p.months }),
        })),
      },
      { kind: 'heading', text: t('rights.register.ownTitle') },
      {
        kind: 'fields',
        fields: reg.ownRecords.map((o) => ({ label: t(`rights.ownRecord.${o.record}`), value: o.tables.join(', ') || '—' })),
      },
      { kind: 'heading', text: t('rights.register.partnersTitle') },
      { kind: 'paragraph', text: reg.partners.length ? reg.partners.map((p) => p.name).join('\n') : t('rights.register.noPartners') },
      { kind: 'heading', text: t('rights.register.backupsTitle') },
      {
        kind: 'paragraph',
        text: t(reg.backups.scheduled ? 'rights.register.backupsScheduled' : 'rights.register.backupsManual', {
          keys: reg.backups.headOfficeKeys,
        }),
      },
    ],
    footer: await pdfFooter(db, locale, now),
  };
}
