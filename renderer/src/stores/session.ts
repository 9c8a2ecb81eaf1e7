import { create } from 'zustand';
import type { SessionUser } from '../../../shared/domain/user';
import type { Settings } from '../../../shared/domain/settings';
import type { ErrorCode } from '../../../shared/errors';
import type { LOCKED_REASONS } from '../../../shared/contract/channels/auth';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import { useLocaleStore } from '../i18n/locale-store';
import { clearSensitiveStores, registerSensitiveStore } from './sensitive';

/** Which whole-window screen is showing; routes exist only inside 'app'. */
export type Phase = 'loading' | 'unavailable' | 'setup' | 'signIn' | 'app';
/** Why the app was locked; 'unknown' when core refused a call because it had locked by itself. */
export type LockReason = (typeof LOCKED_REASONS)[number] | 'unknown';

interface SessionState {
  phase: Phase;
  authView: 'signIn' | 'recover';
  user: SessionUser | null;
  settings: Settings | null;
  /** Set when the app was locked, so sign-in can say why it is showing. */
  lockedBy: LockReason | null;
  /** Who was signed in before the lock: pre-fills the username and decides whether to reopen the same page. */
  lastUsername: string | null;
  lastUserId: string | null;
  startupError: ErrorCode | null;
  /** Bumped on every lock: an answer that arrives after it belongs to a closed session and is dropped. */
  epoch: number;
  boot(): Promise<void>;
  enter(user: SessionUser): Promise<void>;
  setUser(user: SessionUser): void;
  setSettings(settings: Settings): void;
  showAuthView(view: 'signIn' | 'recover'): void;
  markLocked(reason: LockReason): void;
}

export const useSessionStore = create<SessionState>((set, get) => ({
  phase: 'loading',
  authView: 'signIn',
  user: null,
  settings: null,
  lockedBy: null,
  lastUsername: null,
  lastUserId: null,
  startupError: null,
  epoch: 0,

  async boot() {
    set({ phase: 'loading', startupError: null });
    try {
      const status = await call('app.status', {});
      if (status.vault === 'none') set({ phase: 'setup' });
      else if (status.signedIn && status.user) await get().enter(status.user);
      else set({ phase: 'signIn', authView: 'signIn' });
    } catch (e) {
      set({ phase: 'unavailable', startupError: toApiError(e).code });
    }
  },

  async enter(user) {
    const { lastUserId } = get();
    // Someone else signing in starts on Home rather than on the previous person's page.
    if (lastUserId && lastUserId !== user.id) window.location.hash = '#/';
    const settings = await call('settings.get', {});
    useLocaleStore.getState().applyShelterDefault(settings.defaultLocale);
    set({ phase: 'app', user, settings, lockedBy: null, authView: 'signIn' });
  },

  setUser(user) {
    set({ user });
  },

  setSettings(settings) {
    set({ settings });
  },

  showAuthView(authView) {
    set({ authView });
  },

  markLocked(reason) {
    const { phase, user } = get();
    if (phase !== 'app') return;
    set({
      phase: 'signIn',
      authView: 'signIn',
      lockedBy: reason,
      lastUsername: user?.username ?? null,
      lastUserId: user?.id ?? null,
      user: null,
      settings: null,
      epoch: get().epoch + 1,
    });
    clearSensitiveStores();
  },
}));

registerSensitiveStore(() => useSessionStore.setState({ user: null, settings: null }));

/** Runs `load` and hands its result to `apply` only if no lock happened in between. */
export async function loadForSession<T>(load: () => Promise<T>, apply: (value: T) => void): Promise<void> {
  const epoch = useSessionStore.getState().epoch;
  const value = await load();
  const now = useSessionStore.getState();
  if (now.epoch === epoch && now.phase === 'app') apply(value);
}
