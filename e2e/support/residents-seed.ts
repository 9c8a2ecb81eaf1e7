import type { AdmissionInput } from '../../shared/domain/resident';
import type { SeedValues } from '../host/seed';
import type { TestHost } from '../host/test-host';

/**
 * Fills a seeded vault through core, as `amizero demo` does: `count` synthetic residents
 * (the oldest discharged, the newest still in), then `extra` admitted through the
 * residents.admit channel, each into a bed of a new room, "Room 1". Locks again at the end.
 * Runs in core's worker (e2e/host/worker-seed.ts).
 */
export function seedResidents(core: TestHost['core'], manager: SeedValues, count: number, extra: AdmissionInput[] = []): Promise<void> {
  return core.extension('seedResidents', manager, count, extra);
}

/**
 * `count` residents sharing one family name, admitted today without a bed, so a search
 * (or a misspelling of it) finds more than one page of the list. Locks again at the end.
 */
export function seedNamesakes(core: TestHost['core'], manager: SeedValues, familyName: string, count: number): Promise<void> {
  return core.extension('seedNamesakes', manager, familyName, count);
}
