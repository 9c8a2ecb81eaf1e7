import type { Core } from '../core';
import type { ReintegrationIndicator } from '../../../shared/enums/reintegration';
import { REINTEGRATION_INDICATOR_IDS } from '../../../shared/enums/reintegration';

/** A resident admitted, given her follow-up contact consent, and discharged: ready for her follow-up year. */
export async function dischargedResident(
  core: Core,
  opts: {
    name?: string;
    admittedOn?: string;
    dischargedOn?: string;
    socialWorkerId?: string | null;
    consent?: boolean;
    dateOfBirth?: string;
  } = {},
): Promise<string> {
  const r = await core.call('residents.admit', {
    identity: {
      givenNames: opts.name ?? 'Aline Uwase',
      familyName: 'Mukamana',
      ...(opts.dateOfBirth ? { dateOfBirth: opts.dateOfBirth } : {}),
    },
    admittedOn: opts.admittedOn ?? '2025-01-10',
    socialWorkerId: opts.socialWorkerId ?? null,
  });
  if (opts.consent !== false)
    await core.call('residents.consents.record', {
      residentId: r.id,
      purpose: 'follow_up_contact',
      givenOn: opts.admittedOn ?? '2025-01-10',
      method: 'written',
      givenBy: 'resident',
    });
  await core.call('residents.discharge', { residentId: r.id, dischargedOn: opts.dischargedOn ?? '2025-03-31', destination: 'family' });
  return r.id;
}

/** Every indicator rated the same, or as given. */
export function ratings(value: number, over: Partial<Record<ReintegrationIndicator, number>> = {}): Record<ReintegrationIndicator, number> {
  return { ...(Object.fromEntries(REINTEGRATION_INDICATOR_IDS.map((k) => [k, value])) as Record<ReintegrationIndicator, number>), ...over };
}
