import type { Role } from './roles';

/**
 * Sealed categories: content encrypted inside the (already encrypted) database under a
 * key of its own, wrapped only in the keyring slots of these roles and in the recovery
 * slot. The data key alone (any staff password plus a copy of the data folder) does not
 * open it. Adding a category is one line here; core, doctor and the tests read this table.
 */
export const SEALED_CATEGORIES = {
  documents: ['manager', 'social_worker'],
  counselling_notes: ['manager', 'counsellor'],
} as const satisfies Record<string, readonly Role[]>;

export type SealedCategory = keyof typeof SEALED_CATEGORIES;
export const SEALED_CATEGORY_IDS = Object.keys(SEALED_CATEGORIES) as SealedCategory[];

export function categoriesForRole(role: Role): SealedCategory[] {
  return SEALED_CATEGORY_IDS.filter((c) => (SEALED_CATEGORIES[c] as readonly Role[]).includes(role));
}
