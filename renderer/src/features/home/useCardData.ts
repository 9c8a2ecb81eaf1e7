import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { loadForSession } from '../../stores/session';

/**
 * What a Home card shows, asked of core once when the card appears (and again after a new
 * sign-in, through loadForSession); a late answer after the card is gone is dropped.
 */
export function useCardData<T>(load: () => Promise<T>): { data: T | null; error: ApiError | null } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    loadForSession(load, (d) => {
      if (live) setData(d);
    }).catch((e: unknown) => {
      if (live) setError(toApiError(e));
    });
    return () => {
      live = false;
    };
    // Asked once per card: `load` is a fresh closure each render but always asks the same thing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { data, error };
}
