import { EventEmitter } from 'node:events';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { AppError } from '../../shared/errors';
import type { Vault } from './vault/vault';
import type { SignInThrottle } from './vault/throttle';
import type { Session } from './session';
import type { PathGrants } from './grants/path-grants';
import type { PrintJobs } from './pdf/print-jobs';

/** Everything the services share: the vault on disk and, when unlocked, the session. */
export interface CoreState {
  vault: Vault;
  throttle: SignInThrottle;
  session: Session | null;
  pendingSetup: { recoveryKey: string; confirmGroups: number[] } | null;
  version: string;
  now(): number;
  events: CoreEvents;
  /** Paths people chose in dialogs, behind one-time tokens: the only way a path reaches a channel. */
  grants: PathGrants;
  /** PDFs waiting for the system print dialog, behind one-time tokens, in memory only. */
  printJobs: PrintJobs<Session>;
}

export class CoreEvents {
  private readonly emitter = new EventEmitter();
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.emitter.emit(event, payload);
  }
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}

export function requireSession(state: CoreState): Session {
  if (!state.session) throw new AppError('NOT_SIGNED_IN', 'vault is locked');
  return state.session;
}
