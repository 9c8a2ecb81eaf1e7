import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCESS_CATEGORIES, allows } from '../../../shared/access/table';
import { ROLES } from '../../../shared/roles';
import { translate } from '../../../shared/i18n/translate';
import { chosen } from '../testing/chosen';
import { readPdf } from '../testing/pdf-text';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
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
      retention: { kind: 'until_erased' },
    });
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

  it('is the manager’s alone', async () => {
    const core = openCore(suite.fresh('register-co'));
    await signIn(core, suite.template.staff.counsellor!);
    expect((await expectError(core, 'rights.register', {})).code).toBe('PERMISSION_DENIED');
    await core.close();
  });
});
