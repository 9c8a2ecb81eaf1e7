/**
 * The part of a saved draft that may be restored into a form the person has already started
 * on: a draft arrives from core a moment after the form opens, and a field she changed in
 * that moment is newer than the draft's copy of it. Fields still at their initial value take
 * the draft's; the ones she touched keep what she typed, so neither is lost.
 */
export function untouchedDraftFields(
  draft: Record<string, unknown>,
  initial: Record<string, unknown>,
  current: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (JSON.stringify(current[key]) === JSON.stringify(initial[key])) out[key] = value;
  }
  return out;
}
