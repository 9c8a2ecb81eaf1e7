import type { Insertable } from 'kysely';
import { DEFAULT_FOLLOW_UP_MONTHS, REINTEGRATION_INDICATOR_IDS, VISIT_MODES } from '../../../shared/enums/reintegration';
import { reintegrationScore, type IndicatorRatings } from '../../../shared/domain/reintegration-score';
import type { AppDb } from '../db/kysely';
import type { ReintegrationVisitsTable } from '../db/schema';
import { uuidv7 } from '../ids';
import { reintegrationRepo } from '../repositories/reintegration';
import { scheduleDates } from '../services/reintegration-schedule';
import { refreshAttention } from '../services/reintegration-attention';
import { prng } from './residents-data';

/** Real places (province › district › sector › cell › village of the `rwanda` data). */
const PLACES = [
  { province: 'South', district: 'Nyamagabe', sector: 'Buruhukiro', cell: 'Bushigishigi', village: 'Giharayumbu' },
  { province: 'South', district: 'Nyamagabe' },
  { province: 'East', district: 'Nyagatare' },
  { province: 'West', district: 'Rubavu' },
  { province: 'North', district: 'Musanze' },
  { province: 'Kigali', district: 'Gasabo' },
] as const;

/**
 * A discharged resident's reintegration for `amizero demo` and the benchmarks: a plan, her
 * follow-up consent, the year of visits (those past recorded, reached or not, with scores
 * some of which fall), and for a year long past a closure. Written straight through the
 * repositories, inside the caller's transaction, so a 100,000-resident vault fills quickly.
 */
export class DemoReintegration {
  private readonly rnd: () => number;
  constructor(
    seed: number,
    private readonly today: string,
  ) {
    this.rnd = prng(seed ^ 0x2e1a_7e00);
  }

  private ratings(level: number): IndicatorRatings {
    const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));
    return Object.fromEntries(REINTEGRATION_INDICATOR_IDS.map((k) => [k, clamp(level + (this.rnd() - 0.5) * 2)])) as IndicatorRatings;
  }

  async afterDischarge(trx: AppDb, actorId: string, at: string, residentId: string, dischargedOn: string): Promise<void> {
    const place = PLACES[Math.floor(this.rnd() * PLACES.length)]!;
    await reintegrationRepo.insertPlan(trx, {
      id: uuidv7(),
      resident_id: residentId,
      destination_type: this.rnd() < 0.7 ? 'family' : 'relatives',
      country: 'RW',
      province: place.province,
      district: place.district,
      sector: 'sector' in place ? place.sector : null,
      cell: 'cell' in place ? place.cell : null,
      village: 'village' in place ? place.village : null,
      place: null,
      risk: this.rnd() < 0.2 ? 'high' : this.rnd() < 0.5 ? 'medium' : 'low',
      planned_exit_on: dischargedOn,
      details: JSON.stringify({
        support: [{ item: 'start_up_capital', amountRwf: 50_000 + Math.floor(this.rnd() * 20) * 10_000 }],
        riskReasons: [],
      }),
      created_at: at,
      created_by: actorId,
      updated_at: at,
      updated_by: actorId,
    });
    // Most improve; about one in five falls after the first visits; some are not reached.
    const falling = this.rnd() < 0.2;
    let level = 2 + this.rnd() * 2;
    const rows: Insertable<ReintegrationVisitsTable>[] = scheduleDates(dischargedOn, DEFAULT_FOLLOW_UP_MONTHS).map((d) => {
      const base = {
        id: uuidv7(),
        resident_id: residentId,
        month: d.month,
        due_on: d.dueOn,
        reschedules: '[]',
        created_at: at,
        created_by: actorId,
        updated_at: at,
        updated_by: actorId,
      };
      // Due today or later, or overdue by less than a fortnight: still to be made.
      if (d.dueOn >= this.today || (this.rnd() < 0.3 && Date.parse(this.today) - Date.parse(d.dueOn) < 14 * 86_400_000))
        return { ...base, status: 'due' };
      const reached = this.rnd() > 0.15;
      level = falling ? level - 0.6 : level + 0.3;
      const ratings = reached ? this.ratings(level) : null;
      const s = ratings ? reintegrationScore(ratings) : null;
      return {
        ...base,
        status: 'done',
        visited_on: d.dueOn,
        mode: VISIT_MODES[Math.floor(this.rnd() * VISIT_MODES.length)]!,
        visitors: 'Social worker',
        reached: reached ? 1 : 0,
        ratings: ratings ? JSON.stringify(ratings) : null,
        economic: s?.economic ?? null,
        social: s?.social ?? null,
        psychosocial: s?.psychosocial ?? null,
        composite: s?.composite ?? null,
      };
    });
    await reintegrationRepo.insertVisits(trx, rows);
    await refreshAttention(trx, residentId);
    if (rows.every((r) => r.status === 'done'))
      await reintegrationRepo.insertClosure(trx, {
        id: uuidv7(),
        resident_id: residentId,
        closed_on: rows.at(-1)!.visited_on!,
        reason: 'follow_ups_complete',
        closed_at: at,
        closed_by: actorId,
      });
  }
}
