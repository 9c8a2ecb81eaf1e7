import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { readPdf } from '../testing/pdf-text';
import { dischargedResident } from '../testing/reintegration';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

/**
 * Printing through the system print dialog: a print channel checks access as saving does
 * and returns a one-time token; main redeems it once (Core.takePrintJob) for the bytes,
 * and the "printed" entry is in the audit log before they leave core.
 */
const suite = useVaultTemplate({ staff: ['social_worker', 'counsellor'], ownPasswords: true, residentAccess: 'all' });
let core: Core;
let residentId: string;
let visitId: string;

const take = async (token: string) => {
  const r = await core.takePrintJob(token);
  if (!r.ok) throw new Error(r.error.code);
  return r.data;
};

beforeAll(async () => {
  core = openCore(suite.fresh('reintegration-print-dialog'), { scheduledBackups: false });
  await signIn(core, suite.template.manager);
  residentId = await dischargedResident(core, { name: 'Aline Uwase' });
  await core.call('residents.reintegration.startSchedule', { residentId });
  visitId = (await core.call('residents.reintegration.get', { residentId })).visits[0]!.id;
}, 120_000);

describe('printing the field sheet', () => {
  it('hands the PDF over once, and audits it as printed with its size and sha256', async () => {
    const job = await core.call('residents.reintegration.fieldSheetPrint', { visitId, locale: 'en' });
    const bytes = await take(job.printToken);
    expect(bytes.length).toBe(job.byteSize);
    const { text } = await readPdf(bytes);
    expect(text).toContain('Aline');
    expect(text).not.toContain('Mukamana');
    const [entry] = await core.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({
      action: 'reintegration.field_sheet_printed',
      targetId: residentId,
      details: { visitId, format: 'pdf', byteSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
    });
    const again = await core.takePrintJob(job.printToken);
    expect(again.ok || again.error.code).toBe('PRINT_JOB_UNKNOWN');
  });

  it('is refused to a counsellor before anything is rendered', async () => {
    await core.lock('manual');
    await signIn(core, suite.template.staff.counsellor!);
    try {
      expect((await expectError(core, 'residents.reintegration.fieldSheetPrint', { visitId, locale: 'en' })).code).toBe(
        'PERMISSION_DENIED',
      );
    } finally {
      await core.lock('manual');
      await signIn(core, suite.template.manager);
    }
  });

  it('cannot be printed after the session that made it ended, even by the same person', async () => {
    const job = await core.call('residents.reintegration.fieldSheetPrint', { visitId, locale: 'fr' });
    await core.lock('manual');
    await signIn(core, suite.template.manager);
    const r = await core.takePrintJob(job.printToken);
    expect(r.ok || r.error.code).toBe('PRINT_JOB_UNKNOWN');
    const malformed = await core.takePrintJob('../../etc/passwd');
    expect(malformed.ok || malformed.error.code).toBe('VALIDATION');
  });
});

describe('printing the referral slip', () => {
  it('is refused to a social worker while her sharing consent does not cover the referral, naming what is missing', async () => {
    const ref = await core.call('residents.referralsOut.create', {
      residentId,
      partnerId: 'partner-seed-health-centre',
      categories: ['identity', 'health'],
      referredOn: '2025-04-01',
      reason: 'Follow-up care',
      override: { reason: 'threat_to_life', note: 'Emergency' },
    } as never);
    await core.lock('manual');
    await signIn(core, suite.template.staff.social_worker!);
    try {
      const e = await expectError(core, 'residents.reintegration.referralSlipPrint', { referralOutId: ref.id, locale: 'en' });
      expect(e.code).toBe('CONSENT_REQUIRED');
      expect(e.fields?.[0]).toMatchObject({ path: 'consent', message: 'identity,health' });
      await core.call('residents.consents.record', {
        residentId,
        purpose: 'sharing',
        partnerTypes: ['health'],
        categories: ['identity', 'health'],
        givenOn: '2025-01-10',
        method: 'written',
        givenBy: 'resident',
      } as never);
      const job = await core.call('residents.reintegration.referralSlipPrint', { referralOutId: ref.id, locale: 'en' });
      expect((await readPdf(await take(job.printToken))).text).toContain('Follow-up care');
    } finally {
      await core.lock('manual');
      await signIn(core, suite.template.manager);
    }
    const [entry] = await core
      .call('audit.list', { limit: 5 })
      .then((l) => l.filter((x) => x.action === 'reintegration.referral_slip_printed'));
    expect(entry).toMatchObject({ targetId: residentId, details: { referralOutId: expect.any(String), format: 'pdf' } });
  });
});
