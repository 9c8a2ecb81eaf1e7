import { z } from 'zod';
import { ACCESS_CATEGORIES } from '../access/table';
import { pathTokenSchema } from '../contract/dialogs';
import { localeSchema } from '../domain/settings';

/** Law 058/2021: the authority within 48 hours of discovery, the person within 72. */
export const BREACH_DEADLINE_HOURS = { authority: 48, person: 72 } as const;

/** Messages are i18n keys under `residentValidation.` (rights catalogues). */
export const BREACH_VALIDATION = { discoveredInFuture: 'rights.discoveredInFuture' } as const;

/** What was lost: this computer (its data folder), or one backup from the history. */
export const breachSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('device') }).strict(),
  z.object({ kind: z.literal('backup'), auditSeq: z.number().int().positive() }).strict(),
]);

/** The wall clock where the shelter is, as a person reads it: "2026-12-06T14:30". */
const wallClock = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'invalid');

export const breachAssessSchema = z.object({ source: breachSourceSchema, discoveredAt: wallClock }).strict();
export const breachReportPdfSchema = breachAssessSchema.extend({ destinationToken: pathTokenSchema, locale: localeSchema }).strict();

/**
 * How many residents a copy held and, per category of her file, how many had a record in
 * it: counts only, no one named. Recorded in a backup's manifest and its `backup.created`
 * audit entry when it is made.
 */
export const holdingsSchema = z
  .object({
    residents: z.number().int().nonnegative(),
    categories: z.array(z.object({ category: z.enum(ACCESS_CATEGORIES), residents: z.number().int().nonnegative() }).strict()),
  })
  .strict();
export type Holdings = z.infer<typeof holdingsSchema>;

export const breachBackupSchema = z
  .object({
    auditSeq: z.number().int(),
    createdAt: z.string(),
    fileName: z.string(),
    protection: z.enum(['passphrase', 'recipients']),
    recipients: z.number().int(),
    /** What it held, as recorded when it was made; null for backups made before that was recorded. */
    holdings: holdingsSchema.nullable(),
  })
  .strict();
export type BreachBackup = z.infer<typeof breachBackupSchema>;

export const breachAssessmentSchema = z
  .object({
    source: breachSourceSchema,
    /** When what was lost was last written: now for the device, the backup's time otherwise. */
    heldAt: z.string(),
    backup: breachBackupSchema.nullable(),
    /** Categories it held, each with how many residents had a record in it. */
    ...holdingsSchema.shape,
    /**
     * Where the counts come from: the summary recorded when the backup was made (exact), or
     * the live vault (exact for this computer; for an older backup a reconstruction that
     * misses residents erased since).
     */
    countsFrom: z.enum(['backup_record', 'live_vault']),
    /** How it is protected, outermost first: labels `rights.breach.layer.<id>`. */
    layers: z.array(z.enum(['age_passphrase', 'age_recipients', 'sqlcipher', 'keyring', 'sealed'])),
    discoveredAt: z.string(),
    authorityBy: z.string(),
    personBy: z.string(),
    timeZone: z.string(),
  })
  .strict();
export type BreachAssessment = z.infer<typeof breachAssessmentSchema>;

/** Which sentence says where the counts come from: labels `rights.breach.countsFrom.<id>`. */
export function countsFromNote(
  a: Pick<BreachAssessment, 'countsFrom' | 'backup'>,
): 'backup_record' | 'live_vault_backup' | 'live_vault_device' {
  if (a.countsFrom === 'backup_record') return 'backup_record';
  return a.backup ? 'live_vault_backup' : 'live_vault_device';
}

/** The instant a wall-clock reading names in a time zone (two passes settle any offset change). */
export function wallClockInstant(local: string, timeZone: string): Date {
  const [d, t] = local.split('T') as [string, string];
  const [y, mo, da] = d.split('-').map(Number) as [number, number, number];
  const [h, mi] = t.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, da, h, mi);
  const offsetAt = (ms: number) => {
    const p = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(ms));
    const n = (type: string) => Number(p.find((x) => x.type === type)!.value);
    return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) - ms;
  };
  let guess = asUtc - offsetAt(asUtc);
  guess = asUtc - offsetAt(guess);
  return new Date(guess);
}
