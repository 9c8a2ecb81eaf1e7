import type { ManagerHome } from '../../../shared/domain/home';
import type { AppDb } from '../db/kysely';
import { todayIso } from '../services/residents-records';
import { reportsRepo } from './repository';

const monthStart = (ym: string) => `${ym}-01`;
const monthEnd = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** The twelve months ending with the one `today` is in, oldest first. */
export function lastTwelveMonths(today: string): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 12 + i, 1));
    return d.toISOString().slice(0, 7);
  });
}

/** Occupancy now and by month, admissions and discharges by month: the manager's Home charts. */
export async function managerHome(db: AppDb, today = todayIso()): Promise<ManagerHome> {
  const months = lastTwelveMonths(today);
  const stays = await reportsRepo.staysOverlapping(db, { from: monthStart(months[0]!), to: today, site: null });
  const occupancyNow = stays.filter((s) => s.admitted_on <= today && (s.discharged_on === null || s.discharged_on > today)).length;
  return {
    occupancyNow,
    months: months.map((month) => {
      const from = monthStart(month);
      const to = monthEnd(month);
      const people = new Set(
        stays.filter((s) => s.admitted_on <= to && (s.discharged_on === null || s.discharged_on >= from)).map((s) => s.resident_id),
      );
      return {
        month,
        occupancy: people.size,
        admissions: stays.filter((s) => s.admitted_on >= from && s.admitted_on <= to).length,
        discharges: stays.filter((s) => s.discharged_on !== null && s.discharged_on >= from && s.discharged_on <= to).length,
      };
    }),
  };
}
