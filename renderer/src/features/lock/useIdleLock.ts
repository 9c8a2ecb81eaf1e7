import { useEffect } from 'react';
import { call } from '../../api/client';
import { lockNow } from './lock';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'scroll', 'touchstart', 'pointerdown'] as const;
const CHECK_EVERY_MS = 5_000;
// Core measures idleness by calls it receives; while someone is working without
// calling core (reading, typing a long form) the window tells it so, at this pace.
const HEARTBEAT_EVERY_MS = 60_000;

/** Locks after `minutes` without mouse, keyboard or scroll activity in this window. */
export function useIdleLock(minutes: number): void {
  useEffect(() => {
    const limitMs = minutes * 60_000;
    let lastActivity = Date.now();
    let lastHeartbeat = Date.now();
    const onActivity = () => {
      lastActivity = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity >= limitMs) {
        void lockNow('idle');
        return;
      }
      if (lastActivity > lastHeartbeat && now - lastHeartbeat >= HEARTBEAT_EVERY_MS) {
        lastHeartbeat = now;
        // A refusal here (core already locked) reaches the NOT_SIGNED_IN handler and shows sign-in.
        call('settings.get', {}).catch(() => undefined);
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [minutes]);
}
