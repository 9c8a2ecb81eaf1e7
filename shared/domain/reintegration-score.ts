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
