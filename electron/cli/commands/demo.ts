import { z } from 'zod';
import { Core } from '../../core/core';
import { contract } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { usernameSchema } from '../../../shared/domain/user';
import { parseCommandArgs, resolveDataDir } from '../args';
import { SIGNED_IN_OPTIONS } from '../schemas';
import { readPassword } from '../password';
import { coreLog, print } from '../output';
import { EXIT_OK } from '../usage-error';
import { DATA_DIR_HELP, PASSWORD_HELP, type Command } from './command';
import { fillWithDemoResidents } from '../../core/demo/fill';
import { fillWithRehabilitation } from '../../core/demo/rehabilitation';
import { assignDemoStaff, ensureDemoStaff } from '../../core/demo/staff';

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
residents: generated names, ages, origins, referrals, trafficking profiles and
consents describing nobody real. A manager also gets three demo counsellors and
three demo social workers (demo-counsellor-1..3, demo-social-1..3, one temporary
password printed once), and every resident is assigned to one of each.
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
    const core = new Core({ dataDir: resolveDataDir(args.dataDir), log: coreLog, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: args.username, password });
      const session = core.state.session!;
      // Batches go to the service directly (one transaction each), so apply the channel's rule here.
      const access = contract['residents.admit'].access;
      if (access === 'public' || !access.includes(session.user.role)) {
        throw new AppError('PERMISSION_DENIED', `role ${session.user.role} may not admit residents`);
      }
      const started = performance.now();
      const showProgress = args.residents > 1000;
      await fillWithDemoResidents(session, {
        seed: args.seed,
        total: args.residents,
        onProgress: (done) => showProgress && process.stderr.write(`\r${done} / ${args.residents}`),
      });
      if (showProgress) process.stderr.write('\n');
      // Counsellors and social workers with residents of their own, when the account may add staff.
      const hires = contract['users.create'].access;
      if (hires !== 'public' && hires.includes(session.user.role)) {
        const staff = await ensureDemoStaff(session.db, (input) => core.call('users.create', input));
        const assigned = await assignDemoStaff(session.db, staff);
        if (staff.created.length > 0)
          print(
            `Added demo staff ${staff.created.join(', ')} with the temporary password ${staff.temporaryPassword} (each chooses her own at first sign-in).`,
          );
        if (assigned > 0) print(`Assigned ${assigned} residents to the demo counsellors and social workers.`);
      }
      const counsels = contract['residents.sessions.save'].access;
      const sessions =
        counsels !== 'public' && counsels.includes(session.user.role)
          ? await fillWithRehabilitation(session, {
              seed: args.seed,
              onProgress: (done, total) => showProgress && process.stderr.write(`\rplans and sessions ${done} / ${total}`),
            })
          : 0;
      if (showProgress) process.stderr.write('\n');
      const seconds = (performance.now() - started) / 1000;
      print(
        `Admitted ${args.residents} synthetic residents (${sessions} counselling sessions) in ${seconds.toFixed(1)} s (${Math.round(args.residents / seconds)} residents per second).`,
      );
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};
