import { z } from 'zod';
import { fullNameSchema, usernameSchema } from '../../shared/domain/user';
import { organisationNameSchema, siteCodeSchema } from '../../shared/domain/settings';
import { rekeyInputSchema } from '../../shared/domain/keys';

/**
 * Command-line arguments, validated with the same domain schemas the setup wizard and
 * core use, so a name the app would refuse is refused here with the same message.
 * Keys are the option names (kebab-case), so an error names the option the user typed.
 */
const dataDir = z.string().trim().min(1).optional();
const help = z.boolean().optional();

export const initArgsSchema = z
  .object({
    'data-dir': dataDir,
    org: organisationNameSchema,
    site: siteCodeSchema,
    username: usernameSchema,
    'full-name': fullNameSchema.optional(),
    help,
  })
  .transform((a) => ({
    dataDir: a['data-dir'],
    organisationName: a.org,
    siteCode: a.site,
    username: a.username,
    fullName: a['full-name'],
  }));

export const signedInArgsSchema = z
  .object({ 'data-dir': dataDir, username: usernameSchema, help })
  .transform((a) => ({ dataDir: a['data-dir'], username: a.username }));

export const SIGNED_IN_OPTIONS = {
  'data-dir': { type: 'string' },
  username: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const INIT_OPTIONS = {
  ...SIGNED_IN_OPTIONS,
  org: { type: 'string' },
  site: { type: 'string' },
  'full-name': { type: 'string' },
} as const;

export const REKEY_OPTIONS = {
  ...SIGNED_IN_OPTIONS,
  reason: { type: 'string' },
} as const;

export const rekeyArgsSchema = z
  .object({
    'data-dir': dataDir,
    username: usernameSchema,
    reason: rekeyInputSchema.shape.reason.default('routine'),
    help,
  })
  .transform((a) => ({ dataDir: a['data-dir'], username: a.username, reason: a.reason }));
