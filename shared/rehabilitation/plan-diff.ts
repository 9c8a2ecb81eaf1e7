import type { PlanSnapshot } from '../domain/rehab-plan';

type Goal = PlanSnapshot['goals'][number];
const GOAL_FIELDS = ['domain', 'description', 'targetOn', 'responsibleId', 'status', 'droppedReason'] as const;

/** One line of the side-by-side difference: a field of the plan or of one goal. */
export interface PlanChange {
  /** null: the plan's own field. */
  goalId: string | null;
  field: 'nextReviewOn' | 'goal' | (typeof GOAL_FIELDS)[number];
  before: string | null;
  after: string | null;
}

/**
 * The difference between two versions of a plan, goal by goal (matched by id). A goal
 * added or removed is one `goal` line whose other side is null. Pure, so the screen and the
 * audit log (which keeps field names only) use the same comparison.
 */
export function planDifference(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const out: PlanChange[] = [];
  if (before.nextReviewOn !== after.nextReviewOn)
    out.push({ goalId: null, field: 'nextReviewOn', before: before.nextReviewOn, after: after.nextReviewOn });
  const old = new Map(before.goals.map((g) => [g.id, g]));
  const next = new Map(after.goals.map((g) => [g.id, g]));
  for (const g of before.goals) if (!next.has(g.id)) out.push({ goalId: g.id, field: 'goal', before: g.description, after: null });
  for (const g of after.goals) {
    const was: Goal | undefined = old.get(g.id);
    if (!was) {
      out.push({ goalId: g.id, field: 'goal', before: null, after: g.description });
      continue;
    }
    for (const f of GOAL_FIELDS) if (was[f] !== g[f]) out.push({ goalId: g.id, field: f, before: was[f], after: g[f] });
  }
  return out;
}

/** Field names only, for the audit log: `nextReviewOn`, `goal.added`, `goal.status` … */
export function changedFieldNames(changes: readonly PlanChange[]): string[] {
  const names = changes.map((c) =>
    c.field === 'goal' ? (c.before === null ? 'goal.added' : 'goal.removed') : c.goalId ? `goal.${c.field}` : c.field,
  );
  return [...new Set(names)];
}
