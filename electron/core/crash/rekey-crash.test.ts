import { randomInt } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runDoctor } from '../doctor';
import { markedPdf } from '../testing/sealed-fixtures';
import { runUntilKilled } from '../testing/kill-child';
import { buildTemplate, copyVault, openCore, signIn, TempDirs } from '../testing/vault-fixture';

/**
 * Re-keying killed with SIGKILL at random moments (issue 9 item 2): after every kill the
 * vault opens with the old or the new keys, never neither: every account signs in with
 * its password, doctor passes, the sealed document opens with its content, and no old
 * vault or staging copy is left in the data folder once core has started again.
 * AMIZERO_CRASH_ROUNDS raises the number of rounds.
 */
const ROUNDS = Number(process.env.AMIZERO_CRASH_ROUNDS ?? 8);
const CHILD = fileURLToPath(new URL('../testing/rekey-crash-child.ts', import.meta.url));
const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

describe('kill -9 during re-keying', () => {
  it(`leaves a vault that opens with the old or the new keys over ${ROUNDS} rounds`, async () => {
    const template = await buildTemplate(dirs, { staff: ['counsellor', 'social_worker'], ownPasswords: true, residentAccess: 'all' });
    const dir = copyVault(template.dir, dirs, 'rekey');
    const setup = openCore(dir);
    await signIn(setup, template.manager);
    const residentId = (await setup.call('residents.admit', { identity: { givenNames: 'Mutoni' }, admittedOn: '2025-06-01' })).id;
    const doc = await setup.call('residents.documents.attach', {
      residentId,
      kind: 'medical',
      title: 'Crash letter',
      originalName: 'crash.pdf',
      contentBase64: markedPdf('REKEY-CRASH').toString('base64'),
    });
    await setup.close();

    let rotations = 0;
    let inFlightAtKill = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const r = await runUntilKilled(CHILD, [dir, template.manager.username], {
        stdin: template.manager.password + '\n',
        killAfter: (out) => (out.startsWith('ready\n') ? randomInt(100, 3000) : null),
      });
      if (r.signal !== 'SIGKILL') throw new Error(`the child ended by itself (code ${r.code}): ${r.stderr}`);
      rotations += r.lines.filter((l) => l.startsWith('ack rotate')).length;
      if (r.lines.at(-1)?.startsWith('start rotate')) inFlightAtKill++;

      const report = await runDoctor(dir, template.manager.username, template.manager.password);
      expect(
        report.checks.filter((c) => c.status !== 'ok'),
        `round ${round}`,
      ).toEqual([]);
      const core = openCore(dir);
      try {
        for (const who of [template.staff.counsellor!, template.staff.social_worker!]) {
          await signIn(core, who);
          if (who === template.staff.social_worker) {
            const got = await core.call('residents.documents.get', { id: doc.id });
            expect(Buffer.from(got.contentBase64, 'base64').equals(markedPdf('REKEY-CRASH')), `round ${round}`).toBe(true);
          }
          await core.lock('manual');
        }
      } finally {
        await core.close();
      }
      expect(readdirSync(dir).filter((n) => n.startsWith('previous-') || n.startsWith('.rekey-') || n.startsWith('.swap'))).toEqual([]);
    }
    expect(rotations + inFlightAtKill).toBeGreaterThan(0);
    console.log(`${ROUNDS} kills; ${rotations} completed rotations, ${inFlightAtKill} kills during a rotation`);
  }, 600_000);
});
