import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../domain/rehab-plan';
import { changedFieldNames, planDifference } from './plan-diff';

const goal = (id: string, over: Partial<PlanSnapshot['goals'][number]> = {}): PlanSnapshot['goals'][number] => ({
  id,
  domain: 'health',
  description: `goal ${id}`,
  targetOn: null,
  responsibleId: null,
  status: 'not_started',
  droppedReason: null,
  ...over,
});

describe('plan difference', () => {
  it('is empty for the same plan', () => {
    const p: PlanSnapshot = { nextReviewOn: '2026-03-01', goals: [goal('a')] };
    expect(planDifference(p, structuredClone(p))).toEqual([]);
  });

  it('lists the review date, added, removed and changed goals field by field', () => {
    const before: PlanSnapshot = { nextReviewOn: '2026-03-01', goals: [goal('a'), goal('b')] };
    const after: PlanSnapshot = {
      nextReviewOn: '2026-04-01',
      goals: [goal('a', { status: 'dropped', droppedReason: 'moved away' }), goal('c')],
    };
    const d = planDifference(before, after);
    expect(d).toEqual([
      { goalId: null, field: 'nextReviewOn', before: '2026-03-01', after: '2026-04-01' },
      { goalId: 'b', field: 'goal', before: 'goal b', after: null },
      { goalId: 'a', field: 'status', before: 'not_started', after: 'dropped' },
      { goalId: 'a', field: 'droppedReason', before: null, after: 'moved away' },
      { goalId: 'c', field: 'goal', before: null, after: 'goal c' },
    ]);
    expect(changedFieldNames(d)).toEqual(['nextReviewOn', 'goal.removed', 'goal.status', 'goal.droppedReason', 'goal.added']);
  });
});
