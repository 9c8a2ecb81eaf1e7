import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { chosen } from '../testing/chosen';
import { readPdf } from '../testing/pdf-text';
import { markedPdf } from '../testing/sealed-fixtures';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { RESIDENT_TABLES } from './resident-data-map';
import { TABLE_CATEGORY, categoryOfTable } from './table-categories';
import { ACCESS_EXPORT_FORMAT } from './access-export';
import { EXPORT_HIDDEN_COLUMNS } from '../../../shared/rights/export-fields';
import { catalogs, translate } from '../../../shared/i18n/translate';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker'], ownPasswords: true });

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** A resident with something in most parts of her file, counselling notes and a document included. */
async function fullResident(core: Core): Promise<string> {
  const { social_worker: sw, counsellor: co } = suite.template.staff;
  const id = (
    await core.call('residents.admit', {
      identity: { givenNames: 'Keza', familyName: 'FAMILY-MARKER', phone: '+250 788 000 111', healthNotes: 'HEALTH-MARKER' },
      admittedOn: daysAgo(30).slice(0, 10),
    })
  ).id;
  await core.call('residents.care.update', { residentId: id, socialWorkerId: sw!.id, counsellorId: co!.id, riskLevel: 'high' });
  await core.call('residents.profile.save', {
    residentId: id,
    profile: { status: 'actual', notes: 'PROFILE-MARKER', exploitationCountries: ['OM'] },
  });
  await core.call('residents.documents.attach', {
    residentId: id,
    kind: 'medical',
    title: 'Card',
    originalName: 'card.pdf',
    contentBase64: markedPdf('DOCUMENT-MARKER').toString('base64'),
  });
  await core.call('residents.sessions.save', {
    residentId: id,
    type: 'individual',
    startsAt: daysAgo(3),
    durationMinutes: 50,
    counsellorId: co!.id,
    topics: ['sleep'],
    participant: { attendance: 'attended', who5: [3, 2, 4, 1, 3], distress: 6 },
    notes: 'NOTES-MARKER',
  } as never);
  await core.call('residents.corrections.record', { residentId: id, receivedOn: daysAgo(1).slice(0, 10), request: 'CORRECTION-MARKER' });
  return id;
}

async function exportInto(core: Core, residentId: string, locale: 'en' | 'fr' | 'rw' = 'en') {
  const into = suite.dirs.make('export');
  const out = await core.call('residents.accessExport', {
    residentId,
    folderToken: await chosen(core, 'accessExportFolder', into),
    locale,
  });
  const folder = join(into, out.folderName);
  const files = readdirSync(folder);
  const json = JSON.parse(
    readFileSync(
      join(
        folder,
        files.find((f) => f.endsWith('.json'))!,
      ),
      'utf8',
    ),
  ) as {
    format: string;
    includesCounselling: boolean;
    tables: Record<string, { rows?: Record<string, unknown>[]; withheld?: true; derivedFrom?: string }>;
  };
  const pdf = await readPdf(
    readFileSync(
      join(
        folder,
        files.find((f) => f.endsWith('.pdf'))!,
      ),
    ),
  );
  return {
    out,
    folder,
    json,
    pdf,
    raw: readFileSync(
      join(
        folder,
        files.find((f) => f.endsWith('.json'))!,
      ),
      'utf8',
    ),
  };
}

describe('access export', () => {
  it('every table of the resident data map has a category, so a new table cannot be left out of the export', () => {
    expect(RESIDENT_TABLES.filter((t) => !categoryOfTable(t.table)).map((t) => t.table)).toEqual([]);
    // And no category names a table the map does not know.
    expect(Object.keys(TABLE_CATEGORY).filter((t) => !RESIDENT_TABLES.some((r) => r.table === t))).toEqual([]);
  });

  it('a manager exports everything held about her: every table of the map in the JSON, counselling notes, documents as files, a PDF in her language', async () => {
    const core = openCore(suite.fresh('export-manager'));
    await signIn(core, suite.template.manager);
    const id = await fullResident(core);
    const { out, folder, json, pdf, raw } = await exportInto(core, id, 'fr');
    expect(json.format).toBe(ACCESS_EXPORT_FORMAT);
    expect(Object.keys(json.tables).sort()).toEqual(RESIDENT_TABLES.map((t) => t.table).sort());
    expect(Object.values(json.tables).some((t) => t.withheld)).toBe(false);
    expect(out.includesCounselling).toBe(true);
    for (const marker of ['FAMILY-MARKER', 'HEALTH-MARKER', 'PROFILE-MARKER', 'NOTES-MARKER', 'CORRECTION-MARKER'])
      expect(raw).toContain(marker);
    expect(json.tables.counselling_participants!.rows![0]).toMatchObject({ distress: 6 });
    expect(json.tables.documents!.rows![0]).toMatchObject({ title: 'Card', original_name: 'card.pdf' });
    expect(json.tables.resident_search!.derivedFrom).toBe('residents');
    expect(json.tables.audit_log!.rows!.length).toBeGreaterThan(3);
    const docs = readdirSync(join(folder, 'documents'));
    expect(docs).toEqual(['001-card.pdf']);
    expect(readFileSync(join(folder, 'documents', docs[0]!)).equals(markedPdf('DOCUMENT-MARKER'))).toBe(true);
    expect(pdf.language).toBe('fr');
    expect(pdf.text).toContain('Tout ce qui est détenu sur');
    expect(pdf.text).toContain('FAMILY-MARKER');
    expect(pdf.text).toContain('NOTES-MARKER');
    expect(pdf.text).toContain('documents/001-card.pdf');
    // Labels and stored values through the French catalogues, not column names and codes.
    const flat = pdf.text.replace(/\s+/g, ' ');
    const fr = (key: string) => translate('fr', key).replace(/\s+/g, ' ');
    for (const key of [
      'accessExport.table.trafficking_profiles',
      'accessExport.table.counselling_participants',
      'accessExport.field.family_name',
      'accessExport.field.health_notes',
      'accessExport.field.risk_level',
      'accessExport.field.exploitation_countries',
      'residentEnums.riskLevel.high',
      'trafficking.status.actual',
      'rehabEnums.attendance.attended',
      'rehabEnums.topic.sleep',
      'documents.kind.medical',
      'audit.action.resident.created',
    ])
      expect(flat, key).toContain(fr(key));
    const printedColumns = new Set(
      Object.values(json.tables)
        .flatMap((t) => t.rows ?? [])
        .flatMap((r) => Object.keys(r))
        .filter((c) => c.includes('_') && !EXPORT_HIDDEN_COLUMNS.has(c) && Object.hasOwn(catalogs.en.accessExport.field, c)),
    );
    expect(printedColumns.size).toBeGreaterThan(40);
    expect([...printedColumns].filter((c) => flat.includes(c))).toEqual([]);
    for (const code of ['resident.created', 'resident.care_updated', 'resident.document_attached']) expect(flat).not.toContain(code);
    const log = await core.call('audit.list', { limit: 5 });
    expect(log.find((e) => e.action === 'rights.access_exported')).toMatchObject({
      action: 'rights.access_exported',
      details: { files: 3, documents: 1, includesCounselling: true },
    });
    await core.close();
  });

  it('her assigned social worker gets everything but counselling, which is marked as withheld', async () => {
    const core = openCore(suite.fresh('export-sw'));
    await signIn(core, suite.template.manager);
    const id = await fullResident(core);
    await core.lock('manual');
    await signIn(core, suite.template.staff.social_worker!);
    const { out, json, pdf, raw } = await exportInto(core, id);
    expect(out.includesCounselling).toBe(false);
    expect(Object.keys(json.tables).sort()).toEqual(RESIDENT_TABLES.map((t) => t.table).sort());
    expect(json.tables.counselling_participants).toMatchObject({ withheld: true });
    expect(json.tables.counselling_sessions!.rows![0]).toMatchObject({ notes: '[withheld]' });
    expect(raw).not.toContain('NOTES-MARKER');
    expect(raw).toContain('HEALTH-MARKER');
    expect(pdf.text).not.toContain('NOTES-MARKER');
    expect(pdf.text).toContain('Not included');
    await core.close();
  });

  it('a group-session draft naming her among several residents is in her export, and gone after her erasure', async () => {
    const core = openCore(suite.fresh('export-group-draft'));
    await signIn(core, suite.template.manager);
    const admit = async (givenNames: string) =>
      (await core.call('residents.admit', { identity: { givenNames, estimatedAgeYears: 20 }, admittedOn: daysAgo(10).slice(0, 10) })).id;
    const her = await admit('Keza');
    const other = await admit('Aline');
    // Keyed by neither resident: only what was typed names them.
    await core.call('drafts.save', { formKey: 'counselling.group', data: { residentIds: [other, her], note: 'GROUP-DRAFT-MARKER' } });
    const { json } = await exportInto(core, her);
    expect(json.tables.drafts!.rows!.map((r) => r.form_key)).toEqual(['counselling.group']);
    await core.call('residents.discharge', { residentId: her, dischargedOn: daysAgo(1).slice(0, 10), destination: 'family' });
    await core.call('erasure.erase', { residentId: her, approval: { method: 'recoveryKey', recoveryKey: suite.template.recoveryKey } });
    expect(await core.call('drafts.get', { formKey: 'counselling.group' })).toBeNull();
    await core.close();
  });

  it('refuses a counsellor, the data folder, and an export folder that already exists; writes nothing then', async () => {
    const dir = suite.fresh('export-refusals');
    const core = openCore(dir);
    await signIn(core, suite.template.manager);
    const id = await fullResident(core);
    const inData = await expectError(core, 'residents.accessExport', {
      residentId: id,
      folderToken: await chosen(core, 'accessExportFolder', dir),
      locale: 'en',
    });
    expect(inData.code).toBe('DOCUMENT_EXPORT_LOCATION_INVALID');
    const first = await exportInto(core, id);
    const again = await expectError(core, 'residents.accessExport', {
      residentId: id,
      folderToken: await chosen(core, 'accessExportFolder', join(first.folder, '..')),
      locale: 'en',
    });
    expect(again.code).toBe('DESTINATION_EXISTS');
    await core.lock('manual');
    await signIn(core, suite.template.staff.counsellor!);
    const into = suite.dirs.make('co');
    mkdirSync(join(into, 'x'));
    const refused = await expectError(core, 'residents.accessExport', {
      residentId: id,
      folderToken: await chosen(core, 'accessExportFolder', into),
      locale: 'en',
    });
    expect(refused.code).toBe('PERMISSION_DENIED');
    expect(readdirSync(into)).toEqual(['x']);
    expect(existsSync(join(dir, 'KGL'))).toBe(false);
    await core.close();
  });
});
