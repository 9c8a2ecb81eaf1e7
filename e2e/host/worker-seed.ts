import type { Core } from '../../electron/core/core';
import { DemoResidents, STILL_IN_SHELTER } from '../../electron/core/demo/residents-data';
import { admissionSchema, type AdmissionInput } from '../../shared/domain/resident';
import { admitBatch } from '../../electron/core/services/residents';
import { dischargeInTransaction } from '../../electron/core/services/residents-stays';
import { nowIso } from '../../electron/core/ids';
import type { SeedValues } from './seed';
import { shelterToday } from '../support/dates';

/**
 * Test-only seeding that runs beside core in its worker thread (the test host loads this
 * module through CoreHostOptions.extensions; the app never does). Bulk admissions go
 * straight to the residents service, as `amizero demo` does, which only code on core's
 * own thread can reach; e2e/support/residents-seed.ts is the caller's side.
 */

const NAMESAKE_GIVEN_NAMES = ['Aline', 'Grace', 'Divine', 'Josiane', 'Claudine', 'Espérance', 'Sandrine', 'Diane', 'Chantal', 'Immaculée'];

async function seedResidents(core: Core, manager: SeedValues, count: number, extra: AdmissionInput[]): Promise<void> {
  await core.call('auth.signIn', { username: manager.username, password: manager.password });
  const session = core.state.session!;
  const generator = new DemoResidents(7, new Date(), count);
  const inputs = Array.from({ length: count }, () => admissionSchema.parse(generator.next()));
  const ids = await admitBatch(session, inputs);
  await session.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count - STILL_IN_SHELTER; i++) {
      await dischargeInTransaction(trx, session.user.id, nowIso(), { residentId: ids[i]!, ...generator.discharge(inputs[i]!.admittedOn) });
    }
  });
  if (extra.length > 0) {
    const room = await core.call('residents.createRoom', { name: 'Room 1', beds: extra.map((_, i) => String.fromCharCode(65 + i)) });
    for (const [i, admission] of extra.entries()) await core.call('residents.admit', { ...admission, bedId: room.beds[i]!.id });
  }
  await core.call('auth.lock', { reason: 'manual' });
}

async function seedNamesakes(core: Core, manager: SeedValues, familyName: string, count: number): Promise<void> {
  await core.call('auth.signIn', { username: manager.username, password: manager.password });
  const admittedOn = shelterToday();
  const inputs = Array.from({ length: count }, (_, i) =>
    admissionSchema.parse({ identity: { givenNames: NAMESAKE_GIVEN_NAMES[i % NAMESAKE_GIVEN_NAMES.length], familyName }, admittedOn }),
  );
  await admitBatch(core.state.session!, inputs);
  await core.call('auth.lock', { reason: 'manual' });
}

export const workerExtensions = { seedResidents, seedNamesakes };
