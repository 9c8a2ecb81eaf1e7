import { admissionSchema } from '../../../shared/domain/resident';
import { consentRecordSchema } from '../../../shared/domain/resident-consent';
import { traffickingProfileSchema } from '../../../shared/domain/resident-profile';
import { nowIso } from '../ids';
import { admitInTransaction, residentCodeSite } from '../services/residents';
import { bedBoard, createRoom } from '../services/residents-beds';
import { consentWarnings, insertConsent } from '../services/residents-consent';
import { writeProfile } from '../services/residents-profile';
import { dischargeInTransaction } from '../services/residents-stays';
import type { Session } from '../session';
import { DemoResidents, STILL_IN_SHELTER } from './residents-data';
import { DemoProfiles } from './profiles';
import { DemoReintegration } from './reintegration';

/** Admissions per transaction: large enough to amortise the commit's fsync, small enough to show progress. */
const BATCH = 1000;
/** A shelter's worth of rooms; the newest residents are still in them, everyone else was discharged. */
const ROOMS = 8;
const BEDS_PER_ROOM = ['A', 'B', 'C', 'D', 'E'];

/** Free beds, creating the demo rooms when the vault has none yet. */
async function freeBeds(session: Session): Promise<string[]> {
  let board = await bedBoard(session.db);
  if (board.length === 0) {
    for (let r = 1; r <= ROOMS; r++) await createRoom(session, { name: `Room ${r}`, beds: BEDS_PER_ROOM });
    board = await bedBoard(session.db);
  }
  return board.flatMap((room) => room.beds.filter((b) => !b.occupant).map((b) => b.id));
}

/**
 * Admits `total` synthetic residents with their profiles and consents through the same
 * service functions as the screens (one transaction per batch): `amizero demo` and the
 * benchmarks' generated shelter. The newest are given beds, everyone else is discharged.
 * The caller checks that the session's role may admit.
 */
export async function fillWithDemoResidents(
  session: Session,
  opts: { seed: number; total: number; today?: Date; onProgress?: (done: number) => void },
): Promise<void> {
  const generator = new DemoResidents(opts.seed, opts.today ?? new Date(), opts.total);
  const profiles = new DemoProfiles(opts.seed);
  const reintegration = new DemoReintegration(opts.seed, (opts.today ?? new Date()).toISOString().slice(0, 10));
  const beds = await freeBeds(session);
  const site = await residentCodeSite(session.db);
  const actorId = session.user.id;
  for (let done = 0; done < opts.total;) {
    const size = Math.min(BATCH, opts.total - done);
    await session.db.transaction().execute(async (trx) => {
      for (let i = done; i < done + size; i++) {
        const stays = i >= opts.total - STILL_IN_SHELTER;
        const input = generator.next();
        const admission = admissionSchema.parse({ ...input, bedId: stays ? beds.shift() : undefined });
        const at = nowIso();
        const { id } = await admitInTransaction(trx, { actorId, site, at }, admission);
        const profile = profiles.profile(admission.admittedOn);
        if (profile) await writeProfile(trx, actorId, at, id, traffickingProfileSchema.parse(profile));
        const facts = {
          date_of_birth: admission.identity.dateOfBirth ?? null,
          estimated_age_years: admission.identity.estimatedAgeYears ?? null,
          estimated_age_on: admission.admittedOn,
        };
        const consents = profiles.consents(id, input);
        const research = profiles.research(consents[0]!);
        for (const raw of research ? [...consents, research] : consents) {
          const consent = consentRecordSchema.parse(raw);
          await insertConsent(trx, actorId, at, consent, consentWarnings(facts, consent.givenBy, consent.givenOn));
        }
        if (!stays) {
          const discharge = generator.discharge(admission.admittedOn);
          await dischargeInTransaction(trx, actorId, at, { residentId: id, ...discharge });
          // Her follow-up contact consent, given as her other consents were, on the day she left.
          const followUp = consentRecordSchema.parse({ ...consents[0], purpose: 'follow_up_contact', givenOn: discharge.dischargedOn });
          await insertConsent(trx, actorId, at, followUp, consentWarnings(facts, followUp.givenBy, followUp.givenOn));
          await reintegration.afterDischarge(trx, actorId, at, id, discharge.dischargedOn);
        }
      }
    });
    done += size;
    opts.onProgress?.(done);
  }
}
