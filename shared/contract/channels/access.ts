import { z } from 'zod';
import { about, channel } from '../define';
import { MANAGER_ONLY } from '../../roles';
import { RESIDENT_EDITORS, RESIDENT_READERS } from './residents';
import { accessOverviewSchema, breakGlassSchema, residentAccessViewSchema } from '../../domain/access';
import { partnerListSchema, partnerSaveSchema, partnerSchema, resolveTargetSchema, unresolvedTargetSchema } from '../../domain/partners';

/** Need-to-know: breaking the glass, the manager's overview, and the partner directory. */
export const accessChannels = {
  /**
   * Opens a file not hers for the rest of the session, with a reason; audited. It names a
   * resident she may not open yet, so the gate cannot check it: its service refuses a
   * resident that does not exist exactly as the gate refuses one not hers.
   */
  'residents.breakGlass': channel({
    resident: 'none',
    input: breakGlassSchema,
    output: residentAccessViewSchema,
    access: ['counsellor', 'social_worker'],
  }),
  /** Her relation to a resident and the break-the-glass banner, for the file's header. */
  'residents.access.get': channel({
    resident: about('identity', 'read'),
    input: z.object({ residentId: z.string().min(1).max(64) }).strict(),
    output: residentAccessViewSchema,
    access: RESIDENT_READERS,
  }),
  /** Home: files opened by breaking the glass in the last 30 days, residents waiting for staff. */
  'residents.accessOverview': channel({
    resident: 'list',
    input: z.object({}).strict(),
    output: accessOverviewSchema,
    access: MANAGER_ONLY,
  }),

  /** The directory, for pickers (social workers) and the manager's page. */
  'partners.list': channel({ input: partnerListSchema, output: z.array(partnerSchema), access: RESIDENT_EDITORS }),
  'partners.save': channel({ input: partnerSaveSchema, output: partnerSchema, access: MANAGER_ONLY }),
  /** Removes from the directory; consents and referrals that name it keep the name. */
  'partners.remove': channel({ input: z.object({ id: z.string().min(1).max(64) }).strict(), output: partnerSchema, access: MANAGER_ONLY }),
  /** Partner names typed on consents before the directory, matching no partner. */
  'partners.unresolved': channel({ input: z.object({}).strict(), output: z.array(unresolvedTargetSchema), access: MANAGER_ONLY }),
  'partners.resolve': channel({ input: resolveTargetSchema, output: z.object({}), access: MANAGER_ONLY }),
};
