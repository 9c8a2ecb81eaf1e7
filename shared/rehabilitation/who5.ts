/**
 * The WHO-5 Wellbeing Index (WHO Collaborating Centre in Mental Health, 1998): five
 * statements about the last two weeks, each scored 0 (at no time) to 5 (all of the time).
 * The raw score is their sum (0–25); the percentage score is raw × 4 (0–100). A percentage
 * of 50 or below is the usual screening threshold for poor wellbeing, 28 or below for
 * likely depression. Item wording: `who5.item.<n>` in the catalogues.
 */
export const WHO5_ITEM_COUNT = 5;
export const WHO5_ITEM_MIN = 0;
export const WHO5_ITEM_MAX = 5;
export const WHO5_POOR_WELLBEING = 50;
export const WHO5_LIKELY_DEPRESSION = 28;

export type Who5Items = readonly [number, number, number, number, number];

export function isWho5Item(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= WHO5_ITEM_MIN && n <= WHO5_ITEM_MAX;
}

/** The 0–100 percentage score; throws on anything that is not five whole items in 0–5. */
export function who5Score(items: readonly number[]): number {
  if (items.length !== WHO5_ITEM_COUNT || !items.every(isWho5Item)) throw new RangeError('WHO-5 needs five whole items from 0 to 5');
  return items.reduce((a, b) => a + b, 0) * 4;
}

export type Who5Band = 'good' | 'poor' | 'likely_depression';

export function who5Band(score: number): Who5Band {
  if (score <= WHO5_LIKELY_DEPRESSION) return 'likely_depression';
  return score <= WHO5_POOR_WELLBEING ? 'poor' : 'good';
}
