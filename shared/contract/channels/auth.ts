import { z } from 'zod';
import { channel } from '../define';
import { ALL_ROLES } from '../../roles';
import { sessionUserSchema, usernameSchema } from '../../domain/user';
import { passwordSchema } from '../../domain/password';

export const LOCK_REASONS = ['manual', 'shortcut', 'idle', 'os'] as const;
export const lockReasonSchema = z.enum(LOCK_REASONS);
export type LockReason = (typeof LOCK_REASONS)[number];
/**
 * Why core reports the vault locked: any reason a lock can be asked for, or 'fault' when
 * the thread core runs on stopped unexpectedly (nobody can ask for that one).
 */
export const LOCKED_REASONS = [...LOCK_REASONS, 'fault'] as const;
export const lockedReasonSchema = z.enum(LOCKED_REASONS);

export const authChannels = {
  'auth.signIn': channel({
    input: z.object({ username: usernameSchema, password: passwordSchema }),
    output: sessionUserSchema,
    access: 'public',
    secret: true,
  }),
  /** Closes the database and forgets the key. */
  'auth.lock': channel({
    input: z.object({ reason: lockReasonSchema }),
    output: z.object({}),
    access: ALL_ROLES,
    beforePasswordChange: true,
  }),
  /** Forgot password: a manager's password is replaced using the recovery key. */
  'auth.recover': channel({
    input: z.object({ recoveryKey: z.string().min(1).max(80), username: usernameSchema, newPassword: passwordSchema }),
    output: sessionUserSchema,
    access: 'public',
    secret: true,
  }),
  'auth.changePassword': channel({
    input: z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }),
    output: sessionUserSchema,
    access: ALL_ROLES,
    secret: true,
    beforePasswordChange: true,
  }),
};
