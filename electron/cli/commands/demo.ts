import { z } from 'zod';
import { Core } from '../../core/core';
import { contract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { admissionSchema, type Admission } from '../../../shared/domain/resident';
import { usernameSchema } from '../../../shared/domain/user';
import { admitInTransaction, residentCodeSite } from '../../core/services/residents';
import { dischargeInTransaction } from '../../core/services/residents-stays';
import { bedBoard, createRoom } from '../../core/services/residents-beds';
import { nowIso } from '../../core/ids';
import type { Session } from '../../core/session';
import { parseCommandArgs, resolveDataDir } from '../args';
import { SIGNED_IN_OPTIONS } from '../schemas';
import { readPassword } from '../password';
import { coreLog, print } from '../output';
import { EXIT_OK } from '../usage-error';
import { DATA_DIR_HELP, PASSWORD_HELP, type Command } from './command';
import { DemoResidents, STILL_IN_SHELTER } from './demo-data';

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

const demoArgsSchema = z
  .object({
    'data-dir': z.string().trim().min(1).optional(),
    username: usernameSchema,
    residents: z.coerce.number().int().min(1).max(1_000_000),
    seed: z.coerce
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .optional(),
    help: z.boolean().optional(),
  })
  .transform((a) => ({ dataDir: a['data-dir'], username: a.username, residents: a.residents, seed: a.seed ?? 1 }));

export const demoCommand: Command = {
  words: ['demo'],
  summary: 'fill a vault with synthetic residents to explore or benchmark',
  help: `Usage: amizero demo --username USER --residents N [--seed S] [--data-dir DIR]

Signs in as USER (a shelter manager or social worker) and admits N synthetic
residents: generated names, ages, origins and referrals describing nobody real.
Use it on a demonstration or test vault, never on one holding real records.

  --username USER   an account allowed to admit residents
  --residents N     how many residents to add (1 to 1,000,000)
  --seed S          the same seed generates the same people (default 1)
${DATA_DIR_HELP}

${PASSWORD_HELP}`,

  async run(argv) {
    const args = parseCommandArgs(
      argv,
      { ...SIGNED_IN_OPTIONS, residents: { type: 'string' }, seed: { type: 'string' } },
      demoArgsSchema,
      'demo',
    );
    const password = await readPassword();
    const core = new Core({ dataDir: resolveDataDir(args.dataDir), log: coreLog });
    try {
      await core.call('auth.signIn', { username: args.username, password });
      const session = core.state.session!;
      // Batches go to the service directly (one transaction each), so apply the channel's rule here.
      const access = contract['residents.admit'].access;
      if (access === 'public' || !access.includes(session.user.role)) {
        throw new AppError('PERMISSION_DENIED', `role ${session.user.role} may not admit residents`);
      }
      const generator = new DemoResidents(args.seed, new Date(), args.residents);
      const beds = await freeBeds(session);
      const site = await residentCodeSite(session.db);
      const started = performance.now();
      for (let done = 0; done < args.residents;) {
        const size = Math.min(BATCH, args.residents - done);
        await session.db.transaction().execute(async (trx) => {
          for (let i = done; i < done + size; i++) {
            const stays = i >= args.residents - STILL_IN_SHELTER;
            const input = generator.next();
            const bedId = stays ? beds.shift() : undefined;
            const admission: Admission = admissionSchema.parse({ ...input, bedId });
            const at = nowIso();
            const { id } = await admitInTransaction(trx, { actorId: session.user.id, site, at }, admission);
            if (!stays)
              await dischargeInTransaction(trx, session.user.id, at, { residentId: id, ...generator.discharge(admission.admittedOn) });
          }
        });
        done += size;
        if (args.residents > BATCH) process.stderr.write(`\r${done} / ${args.residents}`);
      }
      if (args.residents > BATCH) process.stderr.write('\n');
      const seconds = (performance.now() - started) / 1000;
      print(
        `Admitted ${args.residents} synthetic residents in ${seconds.toFixed(1)} s (${Math.round(args.residents / seconds)} per second).`,
      );
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};
