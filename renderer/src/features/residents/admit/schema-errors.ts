import type { z } from 'zod';
import { hasKey } from '../../../../../shared/i18n/translate';
import { issuesToFieldErrors } from '../../../../../shared/validation';
import { fieldMessage, toFieldErrors, type FieldErrors } from '../../../forms/field-errors';
import type { TFunction } from '../../../i18n/useT';

function valueAt(input: unknown, path: string): unknown {
  let node = input;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const pathOf = (issue: z.core.$ZodIssue) => issue.path.map(String).join('.');

/**
 * The form's own check with the very schema core applies, for inputs with nested parts
 * (identity, origin, referral). Messages are keyed by core's paths (`identity.phone`), so a
 * refusal from core lands on the same field.
 *
 * Two differences from issuesToFieldErrors, both for the person reading: a format rule that
 * names its own sentence (a phone's `phone.format`) shows that sentence rather than "Not
 * valid.", and a blank field says "Required." unless a rule says something more useful
 * about it ("Enter at least a name or an alias").
 */
export function schemaErrors(t: TFunction, schema: z.ZodType, input: unknown): FieldErrors {
  const r = schema.safeParse(input);
  if (r.success) return {};
  const { issues } = r.error;
  const fields = issuesToFieldErrors(issues).map((f, i) => {
    const message = issues[i]!.message;
    return f.code === 'invalid' && hasKey(`residentValidation.${message}`) ? { ...f, code: message, message } : f;
  });
  const errors = toFieldErrors(t, fields);
  for (const path of Object.keys(errors)) {
    const v = valueAt(input, path);
    const blank = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    const own = issues.filter((i) => pathOf(i) === path);
    const formatRules = new Set(own.filter((i) => i.code !== 'custom').map((i) => i.message));
    const saysMore = own.some((i) => i.code === 'custom' && !formatRules.has(i.message));
    if (blank && !saysMore) errors[path] = fieldMessage(t, 'required');
  }
  return errors;
}
