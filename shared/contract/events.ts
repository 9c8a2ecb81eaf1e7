import { z } from 'zod';
import { lockReasonSchema } from './channels/auth';

/** Messages core pushes to the renderer (main → renderer only). */
export const events = {
  'session.locked': z.object({ reason: lockReasonSchema }),
};
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
