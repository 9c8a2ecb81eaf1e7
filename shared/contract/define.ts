import type { z } from 'zod';
import type { Role } from '../roles';

/**
 * Who may call a channel: `public` channels work while the vault is locked (setup,
 * sign-in, recovery); everything else needs a signed-in user whose role is listed.
 */
export type Access = 'public' | readonly Role[];

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Channels that handle secrets (passwords, keys) are never logged with their input. */
  secret?: boolean;
  /**
   * Callable while the signed-in user still holds a temporary password (set by a
   * manager). Everything else is refused until they choose their own.
   */
  beforePasswordChange?: boolean;
  /**
   * Runs at once instead of waiting in core's one-at-a-time queue: only for calls that
   * must reach a long-running call to stop it (backup.cancel). Such a handler may not
   * touch the database or the session, only signal.
   */
  bypassQueue?: boolean;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}

/** Prefix for the Electron IPC channel names, so ours never collide with Electron's own. */
export const IPC_PREFIX = 'amizero:';
