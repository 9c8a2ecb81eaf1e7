import { z } from 'zod';
import { channel } from '../define';
import { ALL_ROLES } from '../../roles';

/**
 * Unsaved form work, kept encrypted in the database per user so that a lock, a crash
 * or a power cut never loses what was typed. Never used for passwords.
 */
const formKey = z.string().regex(/^[a-z][a-zA-Z0-9.:-]{0,79}$/);
/** Secrets are never kept in drafts, whatever a form sends: refused by field name at any depth. */
const SECRET_KEY = /pass(word|phrase)|recovery.?key|secret/i;
function hasSecretKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasSecretKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => SECRET_KEY.test(k) || hasSecretKey(v));
}

const draftData = z
  .record(z.string(), z.unknown())
  .refine((d) => JSON.stringify(d).length <= 256 * 1024, { message: 'draft.tooLarge' })
  .refine((d) => !hasSecretKey(d), { message: 'draft.secret' });

export const draftChannels = {
  'drafts.save': channel({ input: z.object({ formKey, data: draftData }), output: z.object({ savedAt: z.string() }), access: ALL_ROLES }),
  'drafts.get': channel({
    input: z.object({ formKey }),
    output: z.object({ data: z.record(z.string(), z.unknown()), savedAt: z.string() }).nullable(),
    access: ALL_ROLES,
  }),
  'drafts.discard': channel({ input: z.object({ formKey }), output: z.object({}), access: ALL_ROLES }),
};
