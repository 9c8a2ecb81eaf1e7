import { ROLES, type Role } from '../roles';

/**
 * Who may open or change what in a resident's file, stated once: role × relation to the
 * resident × category of data. Core's gate, the renderer's `useCan` and the tests all read
 * this table; Settings shows it to a manager. Labels: i18n `access.category.<id>`,
 * `access.relation.<id>`, `access.level.<id>`.
 *
 * This is about what core opens, not about key sealing: sealed categories (documents) are
 * encrypted for the roles entitled here, never for more.
 */
export const ACCESS_CATEGORIES = [
  'identity',
  'stay',
  'trafficking_profile',
  'care',
  'consents',
  'referrals',
  'documents',
  'history',
  // Rehabilitation (issue 11): the plan, goals and conferences; that a session happened
  // (date, type, attendance); and what was said and scored in it (notes, WHO-5, distress, flags).
  'rehabilitation',
  'sessions',
  'counselling',
  // Reintegration (issue 12): the plan and scores; the household contact apart.
  'reintegration',
  'reintegration_contact',
] as const;
export type AccessCategory = (typeof ACCESS_CATEGORIES)[number];

/**
 * A staff member's relation to one resident. `assigned`: she is the resident's counsellor
 * or social worker (or the shelter lets every counsellor and social worker open every
 * file). `broken_glass`: she stated a reason to open a file not hers, for this session.
 */
export const ACCESS_RELATIONS = ['assigned', 'not_assigned', 'broken_glass'] as const;
export type AccessRelation = (typeof ACCESS_RELATIONS)[number];

export const ACCESS_LEVELS = ['none', 'read', 'change'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export type AccessAction = Exclude<AccessLevel, 'none'>;

type Row = Record<AccessCategory, AccessLevel>;

const row = (levels: Partial<Row>): Row => Object.fromEntries(ACCESS_CATEGORIES.map((c) => [c, levels[c] ?? 'none'])) as Row;

const EVERYTHING = row(Object.fromEntries(ACCESS_CATEGORIES.map((c) => [c, 'change'])));
const NOTHING = row({});

/**
 * The counsellor: identity, stay, profile and care to read; consents, referrals and documents
 * are not hers. Plan, sessions and counselling are her work.
 */
const COUNSELLOR_COUNSELS: Partial<Row> = { rehabilitation: 'change', sessions: 'change', counselling: 'change' };
const COUNSELLOR_READS = row({
  identity: 'read',
  stay: 'read',
  trafficking_profile: 'read',
  care: 'read',
  history: 'read',
  // Reintegration: the plan and scores, never the household contact.
  reintegration: 'read',
});
const COUNSELLOR_ASSIGNED = row({ ...COUNSELLOR_READS, ...COUNSELLOR_COUNSELS });
const COUNSELLOR_GLASS = row({ ...COUNSELLOR_READS, rehabilitation: 'read', sessions: 'read', counselling: 'read' });
/**
 * The social worker holds the case: she changes the whole file, except counselling, which
 * she never reads (notes, WHO-5, distress); she sees that a session happened.
 */
const SOCIAL_WORKER_HOLDS = row({ ...EVERYTHING, sessions: 'read', counselling: 'none' });
/** Breaking the glass opens a file to read, never to change: the assigned staff stay responsible. */
const SOCIAL_WORKER_GLASS = row({ ...Object.fromEntries(ACCESS_CATEGORIES.map((c) => [c, 'read'])), counselling: 'none' });

export const ACCESS_TABLE: Record<Role, Record<AccessRelation, Row>> = {
  // Managers run the shelter and see every file whatever the assignment.
  manager: { assigned: EVERYTHING, not_assigned: EVERYTHING, broken_glass: EVERYTHING },
  counsellor: { assigned: COUNSELLOR_ASSIGNED, not_assigned: NOTHING, broken_glass: COUNSELLOR_GLASS },
  social_worker: { assigned: SOCIAL_WORKER_HOLDS, not_assigned: NOTHING, broken_glass: SOCIAL_WORKER_GLASS },
  // Aggregates only: no file at all.
  reporting: { assigned: NOTHING, not_assigned: NOTHING, broken_glass: NOTHING },
};

const RANK: Record<AccessLevel, number> = { none: 0, read: 1, change: 2 };

export function accessLevel(role: Role, relation: AccessRelation, category: AccessCategory): AccessLevel {
  return ACCESS_TABLE[role][relation][category];
}

/** Whether the table lets `role` do `action` on `category` of a resident she stands in `relation` to. */
export function allows(role: Role, relation: AccessRelation, category: AccessCategory, action: AccessAction): boolean {
  return RANK[accessLevel(role, relation, category)] >= RANK[action];
}

/** Roles that may break the glass: those who hold files but not every file. */
export function mayBreakGlass(role: Role): boolean {
  return ACCESS_CATEGORIES.some((c) => allows(role, 'broken_glass', c, 'read')) && role !== 'manager';
}

/** Roles the table lets do `action` on `category` for a resident assigned to them: the contract's access list. */
export function rolesFor(category: AccessCategory, action: AccessAction): Role[] {
  return ROLES.filter((r) => allows(r, 'assigned', category, action));
}
