import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCESS_CATEGORIES, allows } from '../../../shared/access/table';
import { ROLES } from '../../../shared/roles';
import { translate } from '../../../shared/i18n/translate';
import { chosen } from '../testing/chosen';
import { readPdf } from '../testing/pdf-text';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { DEFAULT_RETENTION, RETENTION_CATEGORIES } from '../../../shared/domain/retention';
import { RESIDENT_TABLES, TABLES_WITHOUT_RESIDENT_DATA } from './resident-data-map';

const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });

describe('processing register', () => {
  it('is generated from the access table, the data map and the directory: every category and every table appears', async () => {
    const core = openCore(suite.fresh('register'));
    await signIn(core, suite.template.manager);
    const reg = await core.call('rights.register', {});
    expect(reg.rows.map((r) => r.category)).toEqual([...ACCESS_CATEGORIES]);
    for (const r of reg.rows) {
      expect(r.readers).toEqual(ROLES.filter((role) => allows(role, 'assigned', r.category, 'read')));
      expect(r.changers).toEqual(ROLES.filter((role) => allows(role, 'assigned', r.category, 'change')));
    }
    // Every table the map names appears in some row (search-index storage under its index).
    const listed = new Set([...reg.rows.flatMap((r) => r.tables), ...reg.ownRecords.flatMap((o) => o.tables)]);
    const shadow = /_(data|idx|docsize|config)$/;
    expect(RESIDENT_TABLES.map((t) => t.table).filter((t) => !listed.has(t) && !listed.has(t.replace(shadow, '')))).toEqual([]);
    expect(Object.keys(TABLES_WITHOUT_RESIDENT_DATA).filter((t) => !t.startsWith('kysely_') && !listed.has(t))).toEqual([]);
    expect(reg.rows.find((r) => r.category === 'counselling')).toMatchObject({
      readers: ['manager', 'counsellor'],
      retention: { kind: 'after_closure', defaultMonths: DEFAULT_RETENTION.defaultMonths },
    });
    // Nothing set yet: every way of closing is kept for the default.
    expect(reg.retention).toEqual(RETENTION_CATEGORIES.map((category) => ({ category, months: 60, set: false })));
    expect(reg.partners.length).toBeGreaterThan(0);

    const into = suite.dirs.make('register-pdf');
    await core.call('rights.registerPdf', {
      destinationToken: await chosen(core, 'reportExport', join(into, 'register.pdf')),
      locale: 'rw',
    });
    const pdf = await readPdf(readFileSync(join(into, 'register.pdf')));
    expect(pdf.language).toBe('rw');
    const flat = pdf.text.replace(/\s+/g, ' ');
    for (const c of ACCESS_CATEGORIES) expect(flat).toContain(translate('rw', `access.category.${c}`).replace(/\s+/g, ' '));
    expect(flat).toContain(reg.partners[0]!.name);
    expect(flat).toContain(translate('rw', 'roles.counsellor'));
    const log = await core.call('audit.list', { limit: 3 });
    expect(log[0]).toMatchObject({ action: 'rights.register_saved' });
    await core.close();
  });

  it('shows the retention periods set, per way of closing, on the page and in the PDF', async () => {
    const core = openCore(suite.fresh('register-retention'));
    await signIn(core, suite.template.manager);
    await core.call('retention.save', { defaultMonths: 48, byCategory: { refused_contact: 14, readmitted: 30 } });
    const reg = await core.call('rights.register', {});
    expect(new Set(reg.rows.map((r) => JSON.stringify(r.retention)))).toEqual(
      new Set([JSON.stringify({ kind: 'after_closure', defaultMonths: 48 })]),
    );
    expect(reg.retention.find((p) => p.category === 'refused_contact')).toEqual({ category: 'refused_contact', months: 14, set: true });
    expect(reg.retention.find((p) => p.category === 'readmitted')).toEqual({ category: 'readmitted', months: 30, set: true });
    expect(reg.retention.find((p) => p.category === 'discharged')).toEqual({ category: 'discharged', months: 48, set: false });

    const into = suite.dirs.make('register-retention-pdf');
    await core.call('rights.registerPdf', {
      destinationToken: await chosen(core, 'reportExport', join(into, 'register.pdf')),
      locale: 'fr',
    });
    const flat = (await readPdf(readFileSync(join(into, 'register.pdf')))).text.replace(/\s+/g, ' ');
    const fr = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
      translate('fr', key, vars).replace(/\s+/g, ' ');
    expect(flat).toContain(fr('rights.register.monthsAfterClosure', { months: 48 }));
    expect(flat).toContain(fr('retention.categories.refused_contact'));
    expect(flat).toContain(fr('rights.register.periodSet', { months: 14 }));
    expect(flat).toContain(fr('rights.register.periodSet', { months: 30 }));
    expect(flat).toContain(fr('rights.register.periodDefault', { months: 48 }));
    expect(flat).not.toContain(fr('rights.register.monthsAfterClosure', { months: 60 }));
    await core.close();
  });

  it('is the manager’s alone', async () => {
    const core = openCore(suite.fresh('register-co'));
    await signIn(core, suite.template.staff.counsellor!);
    expect((await expectError(core, 'rights.register', {})).code).toBe('PERMISSION_DENIED');
    await core.close();
  });
});
