import { useCallback, useEffect, useRef, useState } from 'react';
import { GROUP_SESSION_DRAFT, NEW_SESSION_DRAFT } from '../../../shared/domain/rehab-sessions';
import { call } from '../api/client';
import { registerDraftFlush } from './flush-registry';

/**
 * Which notes are being typed: a new session of one resident, or a new group session, whose
 * draft core keeps under the first resident chosen (null while nobody is chosen: nothing to
 * keep it under yet) and finds again from any screen.
 */
export type NoteDraftScope = { kind: 'session'; residentId: string } | { kind: 'group'; residentId: string | null };

export interface SealedNoteDraft {
  /** When the notes brought back were saved (null if the form started empty). */
  restoredAt: string | null;
}

/** A group's draft is found wherever the form opens; a session's under her resident. */
async function load(sessionResident: string | null) {
  if (sessionResident === null) return call('counselling.groupNoteDraft', {});
  return call('residents.noteDrafts.get', { residentId: sessionResident, sessionId: NEW_SESSION_DRAFT });
}

/**
 * Keeps counselling notes being typed as a sealed draft in core (the counselling-notes key,
 * never the plain drafts table), saved a moment after typing stops and flushed before a lock
 * from this window, so a lock loses nothing. Core deletes it when the session is saved.
 */
export function useSealedNoteDraft(
  scope: NoteDraftScope,
  notes: string,
  onRestore: (notes: string) => void,
  delayMs = 800,
): SealedNoteDraft {
  const sessionId = scope.kind === 'group' ? GROUP_SESSION_DRAFT : NEW_SESSION_DRAFT;
  const residentId = scope.residentId;
  const [loaded, setLoaded] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const restore = useRef(onRestore);
  const stored = useRef('');
  const pending = useRef<string | null>(null);
  // Saves run one after another, so a late one never overwrites newer words.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    restore.current = onRestore;
  });

  // Read once when the form opens; nothing is saved before, so an empty form never erases a draft.
  const sessionResident = scope.kind === 'session' ? scope.residentId : null;
  useEffect(() => {
    let live = true;
    load(sessionResident)
      .then((d) => {
        if (!live) return;
        if (d?.notes) {
          stored.current = d.notes;
          restore.current(d.notes);
          setRestoredAt(d.savedAt);
        }
      })
      .catch(() => undefined)
      .finally(() => {
        if (live) setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [sessionResident]);

  const write = useCallback(
    (text: string) => {
      pending.current = null;
      if (!residentId) return Promise.resolve();
      const run = queue.current.then(async () => {
        try {
          if (text) await call('residents.noteDrafts.save', { residentId, sessionId, notes: text });
          else await call('residents.noteDrafts.clear', { residentId, sessionId });
          stored.current = text;
        } catch {
          // Kept for the next keystroke or the flush at lock; the form shows its own errors on save.
        }
      });
      queue.current = run;
      return run;
    },
    [residentId, sessionId],
  );

  useEffect(() => {
    if (!loaded || !residentId || notes === stored.current) return;
    pending.current = notes;
    const timer = window.setTimeout(() => void write(notes), delayMs);
    return () => window.clearTimeout(timer);
  }, [notes, loaded, residentId, delayMs, write]);

  useEffect(
    () =>
      registerDraftFlush(async () => {
        if (pending.current !== null) await write(pending.current);
      }),
    [write],
  );

  return { restoredAt };
}
