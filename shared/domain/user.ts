import { z } from 'zod';
import { roleSchema } from '../roles';
import { passwordSchema } from './password';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(32)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'username.format' });

export const fullNameSchema = z.string().trim().min(2).max(120);

export const userSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const sessionUserSchema = userSummarySchema.pick({
  id: true,
  username: true,
  fullName: true,
  role: true,
  mustChangePassword: true,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const newUserSchema = z.object({
  fullName: fullNameSchema,
  username: usernameSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;

/**
 * Who may be named as present at an event the shelter holds (outreach, and any picker of
 * colleagues): every role that works with people, never the reporting role.
 */
export const PRESENT_STAFF_ROLES = ['manager', 'counsellor', 'social_worker'] as const;

/** An active colleague's name for a picker: no username, no dates, nothing else about the account. */
export const staffNameSchema = z.object({ id: z.string(), displayName: z.string(), role: z.enum(PRESENT_STAFF_ROLES) });
export type StaffName = z.infer<typeof staffNameSchema>;
