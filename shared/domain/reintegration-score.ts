import {
  REINTEGRATION_DIMENSIONS,
  REINTEGRATION_INDICATOR_IDS,
  REINTEGRATION_INDICATORS,
  type ReintegrationDimension,
  type ReintegrationIndicator,
} from '../enums/reintegration';

export type IndicatorRatings = Record<ReintegrationIndicator, number>;
export type DimensionScores = Record<ReintegrationDimension, number>;
export interface ReintegrationScore extends DimensionScores {
  composite: number;
}

/** Two decimals, as the app shows them. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The formula the app states next to the scores: a dimension's score is the mean of its
 * indicators' ratings (1–5); the composite is the mean of the three dimension scores, so each
 * dimension weighs a third whatever its number of indicators (as IOM's reintegration
 * sustainability index weighs its economic, social and psychosocial dimensions equally).
 */
export function reintegrationScore(ratings: IndicatorRatings): ReintegrationScore {
  const sums = { economic: [0, 0], social: [0, 0], psychosocial: [0, 0] } as Record<ReintegrationDimension, [number, number]>;
  for (const id of REINTEGRATION_INDICATOR_IDS) {
    const s = sums[REINTEGRATION_INDICATORS[id]];
    s[0] += ratings[id];
    s[1] += 1;
  }
  const dims = Object.fromEntries(REINTEGRATION_DIMENSIONS.map((d) => [d, round2(sums[d][0] / sums[d][1])])) as DimensionScores;
  const composite = round2(REINTEGRATION_DIMENSIONS.reduce((t, d) => t + dims[d], 0) / REINTEGRATION_DIMENSIONS.length);
  return { ...dims, composite };
}

/** A fall worth a second look: the composite dropped by at least this much since the previous scored visit. */
export const FALLING_SCORE_DROP = 0.5;

export interface VisitOutcome {
  reached: boolean;
  composite: number | null;
}

/**
 * Why a person needs attention from her follow-up record (oldest visit first): her score is
 * falling, or the last two follow-ups did not reach her.
 */
export function attentionReasons(done: readonly VisitOutcome[]): ('falling' | 'not_reached_twice')[] {
  const out: ('falling' | 'not_reached_twice')[] = [];
  const scored = done.filter((v) => v.reached && v.composite !== null).map((v) => v.composite!);
  if (scored.length >= 2 && round2(scored[scored.length - 2]! - scored[scored.length - 1]!) >= FALLING_SCORE_DROP) out.push('falling');
  const [a, b] = done.slice(-2);
  if (a && b && !a.reached && !b.reached) out.push('not_reached_twice');
  return out;
}

/** A recorded (done) visit as the attention summary reads it. */
export interface DoneVisit extends VisitOutcome {
  visitedOn: string;
}

/**
 * What the attention list needs to know about one person, kept per resident by the visit
 * service (table reintegration_attention) so the list is one indexed query. The reasons
 * hold over her whole record; the dates say from which visit on each holds, so a list
 * judging only recent visits (My visits: the last 400 days) can drop a reason whose
 * earlier visit is older. Null when she has no recorded visit.
 */
export interface AttentionSummary {
  lastVisitedOn: string;
  /** Date of the earlier of her last two scored visits when the composite fell between them. */
  fallingFrom: string | null;
  /** Date of the earlier of her last two visits when neither reached her. */
  unreachedFrom: string | null;
  lastComposite: number | null;
  lastCompositeOn: string | null;
}

/** The summary of her recorded visits, oldest first (ties in the order given), by the rule of attentionReasons. */
export function attentionSummary(done: readonly DoneVisit[]): AttentionSummary | null {
  const last = done.at(-1);
  if (!last) return null;
  const scored = done.filter((v) => v.reached && v.composite !== null);
  const reasons = attentionReasons(done);
  return {
    lastVisitedOn: last.visitedOn,
    fallingFrom: reasons.includes('falling') ? scored.at(-2)!.visitedOn : null,
    unreachedFrom: reasons.includes('not_reached_twice') ? done.at(-2)!.visitedOn : null,
    lastComposite: scored.at(-1)?.composite ?? null,
    lastCompositeOn: scored.at(-1)?.visitedOn ?? null,
  };
}

/**
 * The summary as stored now: one row of `reintegration_attention`, with the rule of who needs
 * attention (her score falling, or not reached twice in a row). Migration 0018 keeps its own
 * copy of the mapping: a migration writes the columns of its time, whatever this gains later.
 */
export function attentionRow(residentId: string, s: AttentionSummary) {
  return {
    resident_id: residentId,
    last_visited_on: s.lastVisitedOn,
    falling_from: s.fallingFrom,
    unreached_from: s.unreachedFrom,
    last_composite: s.lastComposite,
    last_composite_on: s.lastCompositeOn,
    needs_attention: s.fallingFrom !== null || s.unreachedFrom !== null ? 1 : 0,
  };
}
