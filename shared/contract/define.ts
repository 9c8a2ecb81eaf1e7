import type { z } from 'zod';
import type { Role } from '../roles';
import type { AccessAction, AccessCategory } from '../access/table';

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
  /**
   * Which resident the input names and what of her file the channel touches; core's
   * access gate checks it before the handler runs. Every `residents.*` channel declares
   * it (a test enumerates them): `list` channels return several residents and narrow them
   * to the caller themselves, `none` name no existing resident (admitting, places, rooms).
   */
  resident?: ResidentSubject | 'list' | 'none';
}

/** Where the resident's id is found: the input field, and the kind of record it identifies. */
export interface ResidentSubject {
  field: string;
  /** `resident`: the field is her id; otherwise the id of one of her records. */
  via: 'resident' | 'document' | 'consent' | 'referral_out' | 'reintegration_visit';
  category: AccessCategory;
  action: AccessAction;
}

/** The declaration for a channel about one resident (see ChannelDef.resident). */
export function about(
  category: AccessCategory,
  action: AccessAction,
  field = 'residentId',
  via: ResidentSubject['via'] = 'resident',
): ResidentSubject {
  return { field, via, category, action };
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}

/** Prefix for the Electron IPC channel names, so ours never collide with Electron's own. */
export const IPC_PREFIX = 'amizero:';
