import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { registerDraftFlush } from './flush-registry';
import { untouchedDraftFields } from './untouched';

// Belt and braces: whatever a form forgets to exclude, secrets never reach a draft.
const SECRET_FIELD = /password|passphrase|secret|recovery|pin$/i;

export interface DraftOptions<T> {
  /** Fields never saved (passwords and anything else secret). */
  exclude?: readonly (keyof T & string)[];
  /** Load and save only while true (e.g. while a modal is open). */
  enabled?: boolean;
  delayMs?: number;
  /**
   * Called once with the saved values when a draft is found: only the fields the person has
   * not changed since the form opened (the draft arrives a moment later).
   */
  onRestore?: (data: Partial<T>, savedAt: string) => void;
}

export interface DraftState {
  status: 'loading' | 'ready' | 'saving' | 'saved' | 'error';
  /** When the restored draft was last saved (null if the form started empty). */
  restoredAt: string | null;
  savedAt: string | null;
}

export interface DraftHandle extends DraftState {
  /** Forget the draft (after a successful save, or when the user starts over). */
  discard(): Promise<void>;
}

function strip<T extends Record<string, unknown>>(values: T, exclude: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (exclude.includes(k) || SECRET_FIELD.test(k)) continue;
    out[k] = v;
  }
  return out;
}

/**
 * Keeps a form's non-secret fields as an encrypted draft in core, saved a moment
 * after typing stops, so a lock, a crash or a power cut never loses the work.
 */
export function useDraft<T extends Record<string, unknown>>(formKey: string, values: T, opts: DraftOptions<T> = {}): DraftHandle {
  const enabled = opts.enabled ?? true;
  const delayMs = opts.delayMs ?? 700;
  const payload = JSON.stringify(strip(values, opts.exclude));
  // The untouched form: never worth saving, and typing back to it clears the draft.
  const [initialPayload] = useState(payload);
  const [state, setState] = useState<DraftState>({ status: 'loading', restoredAt: null, savedAt: null });
  const onRestore = useRef(opts.onRestore);
  const latestPayload = useRef(payload);
  const pending = useRef<string | null>(null);
  const stored = useRef<string | null>(null);
  // Saves and discards run one after another, so a late save can never revive a discarded draft.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    onRestore.current = opts.onRestore;
    latestPayload.current = payload;
  });

  const save = useCallback(
    async (p: string) => {
      setState((s) => ({ ...s, status: 'saving' }));
      try {
        if (p === initialPayload) {
          await call('drafts.discard', { formKey });
          stored.current = null;
          setState((s) => ({ ...s, status: 'ready', savedAt: null }));
        } else {
          const r = await call('drafts.save', { formKey, data: JSON.parse(p) as Record<string, unknown> });
          stored.current = p;
          setState((s) => ({ ...s, status: 'saved', savedAt: r.savedAt }));
        }
      } catch {
        setState((s) => ({ ...s, status: 'error' }));
      }
    },
    [formKey, initialPayload],
  );

  const write = useCallback(
    (p: string) => {
      pending.current = null;
      const run = queue.current.then(() => save(p));
      queue.current = run;
      return run;
    },
    [save],
  );

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    call('drafts.get', { formKey })
      .then((draft) => {
        if (cancelled) return;
        if (draft) {
          stored.current = JSON.stringify(strip(draft.data));
          const restorable = untouchedDraftFields(draft.data, JSON.parse(initialPayload), JSON.parse(latestPayload.current));
          onRestore.current?.(restorable as Partial<T>, draft.savedAt);
        }
        setState({ status: 'ready', restoredAt: draft?.savedAt ?? null, savedAt: draft?.savedAt ?? null });
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'ready', restoredAt: null, savedAt: null });
      });
    return () => {
      cancelled = true;
      setState({ status: 'loading', restoredAt: null, savedAt: null });
    };
  }, [enabled, formKey, initialPayload]);

  useEffect(() => {
    if (!enabled || state.status === 'loading') return;
    const nothingStored = stored.current === null;
    if (payload === stored.current || (payload === initialPayload && nothingStored)) return;
    pending.current = payload;
    const timer = window.setTimeout(() => {
      if (pending.current === payload) void write(payload);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [payload, enabled, state.status, initialPayload, delayMs, write]);

  useEffect(
    () =>
      registerDraftFlush(async () => {
        if (pending.current !== null) await write(pending.current);
      }),
    [write],
  );

  const discard = useCallback(async () => {
    pending.current = null;
    stored.current = null;
    setState({ status: 'ready', restoredAt: null, savedAt: null });
    try {
      await queue.current;
      await call('drafts.discard', { formKey });
    } catch {
      // A draft that could not be removed is harmless: it only pre-fills the form next time.
    }
  }, [formKey]);

  return { ...state, discard };
}
