import { z } from 'zod';

/** Staff roles. Labels live in the i18n catalogues under `roles.<id>`. */
export const ROLES = ['manager', 'counsellor', 'social_worker', 'reporting'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Convenience groups used by the contract's access declarations. */
export const ALL_ROLES: readonly Role[] = ROLES;
export const MANAGER_ONLY: readonly Role[] = ['manager'];
