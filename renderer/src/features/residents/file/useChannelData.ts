import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../../shared/contract';
import { toApiError, type ApiError } from '../../../api/api-error';
import { call } from '../../../api/client';
import { loadForSession } from '../../../stores/session';

export interface ChannelData<T> {
  data: T | null;
  error: ApiError | null;
  /** Replaces what is shown with a newer answer (a save returned it). */
  set(data: T): void;
  reload(): void;
}

/**
 * One tab's data, asked for when the tab opens and dropped when it closes (tabs are not kept
 * mounted), so nothing about the resident lingers in memory after she is out of view. An
 * answer that arrives after a lock, or after the input changed, is ignored.
 */
export function useChannelData<C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelData<ChannelOutput<C>> {
  const key = `${channel} ${JSON.stringify(input)}`;
  const [round, setRound] = useState(0);
  // Kept with the request it answers: a new resident or channel never shows the previous answer.
  const [result, setResult] = useState<{ key: string; data: ChannelOutput<C> | null; error: ApiError | null }>({
    key: '',
    data: null,
    error: null,
  });

  useEffect(() => {
    let live = true;
    const sent = JSON.parse(key.slice(channel.length + 1)) as ChannelInput<C>;
    loadForSession(
      () => call(channel, sent),
      (data) => {
        if (live) setResult({ key, data, error: null });
      },
    ).catch((e: unknown) => {
      if (live) setResult({ key, data: null, error: toApiError(e) });
    });
    return () => {
      live = false;
    };
  }, [channel, key, round]);

  const current = result.key === key;
  const set = useCallback((data: ChannelOutput<C>) => setResult({ key, data, error: null }), [key]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: current ? result.data : null, error: current ? result.error : null, set, reload };
}
