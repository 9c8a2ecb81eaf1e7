import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import type { PlaceLevel } from './origin-values';

/**
 * The names one level below `above`, from core's copy of Rwanda's administrative map (core
 * checks them again on save). Nothing is asked until `enabled`.
 */
export function usePlaceNames(above: Partial<Record<PlaceLevel, string>>, enabled: boolean): string[] {
  const key = JSON.stringify(above);
  // Names are kept with the path they belong to, so a stale list never shows under a new parent.
  const [loaded, setLoaded] = useState<{ key: string; names: string[] }>({ key: '', names: [] });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    call('residents.places', JSON.parse(key) as Partial<Record<PlaceLevel, string>>)
      .then((names) => {
        if (live) setLoaded({ key, names });
      })
      .catch(() => {
        // An unknown path (a draft from an older spelling) simply offers nothing; save then explains.
        if (live) setLoaded({ key, names: [] });
      });
    return () => {
      live = false;
    };
  }, [key, enabled]);
  return enabled && loaded.key === key ? loaded.names : [];
}
