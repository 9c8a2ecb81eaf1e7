import type { Role } from '../roles';
import { GOAL_DOMAINS, type GoalDomain } from '../enums/rehabilitation';

/**
 * Which goal domains each role writes in a rehabilitation plan. Whether she may open the
 * plan, sessions or clinical part of a file at all is ACCESS_TABLE (shared/access/table.ts,
 * categories `rehabilitation`, `sessions`, `counselling`); this is the finer rule inside
 * the plan: the social worker owns the domains of the return home (legal, schooling,
 * livelihood, family, housing) and changes only those goals, never the review date.
 */
export const GOAL_DOMAINS_BY_ROLE: Record<Role, readonly GoalDomain[]> = {
  manager: GOAL_DOMAINS,
  counsellor: GOAL_DOMAINS,
  social_worker: ['legal_justice', 'education', 'livelihood', 'family_community', 'housing'],
  reporting: [],
};

/** Roles that set the plan's own fields (next review date). */
export const PLAN_OWNERS: readonly Role[] = ['manager', 'counsellor'];

export function writesGoalDomain(role: Role, domain: GoalDomain): boolean {
  return GOAL_DOMAINS_BY_ROLE[role].includes(domain);
}
