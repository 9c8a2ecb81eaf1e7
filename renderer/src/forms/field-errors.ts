import type { z } from 'zod';
import type { FieldError } from '../../../shared/errors';
import { hasKey, type MessageKey } from '../../../shared/i18n/translate';
import { fieldErrorParams, issuesToFieldErrors } from '../../../shared/validation';
import { isAcceptablePassword, PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';
import type { ApiError } from '../api/api-error';
import type { TFunction } from '../i18n/useT';

/** Field path (as core names it) → translated message. */
export type FieldErrors = Record<string, string>;
type Vars = Record<string, string | number>;

/**
 * Codes from shared/validation live under `validation.*`; the few that core's services
 * add themselves (taken, wrong, weakPassword …) live under `fieldErrors.*`; resident
 * rules name their own keys (date.inFuture, bed.occupied …) under `residentValidation.*`.
 */
export function fieldMessage(t: TFunction, code: string, vars: Vars = {}): string {
  if (hasKey(`validation.${code}`)) return t(`validation.${code}` as MessageKey, vars);
  if (hasKey(`fieldErrors.${code}`)) return t(`fieldErrors.${code}` as MessageKey, vars);
  if (hasKey(`residentValidation.${code}`)) return t(`residentValidation.${code}` as MessageKey, vars);
  return t('validation.invalid');
}

/** `extraVars` fills placeholders a single zod issue cannot know (the other end of a range). */
export function toFieldErrors(t: TFunction, fields: FieldError[], extraVars: Record<string, Vars> = {}): FieldErrors {
  const out: FieldErrors = {};
  for (const f of fields) {
    if (out[f.path] !== undefined) continue;
    out[f.path] = fieldMessage(t, f.code, { ...extraVars[f.path], ...fieldErrorParams(f) });
  }
  return out;
}

/**
 * The form's own check, with the very schema core will apply. An empty field says
 * "Required." rather than "too short" or a format rule, which reads oddly for blanks.
 */
export function validateWith(
  t: TFunction,
  schema: z.ZodType,
  values: Record<string, unknown>,
  extraVars: Record<string, Vars> = {},
): FieldErrors {
  const r = schema.safeParse(values);
  if (r.success) return {};
  const errors = toFieldErrors(t, issuesToFieldErrors(r.error.issues), extraVars);
  for (const path of Object.keys(errors)) {
    const v = values[path];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) errors[path] = fieldMessage(t, 'required');
  }
  return errors;
}

export function apiFieldErrors(t: TFunction, error: ApiError, extraVars: Record<string, Vars> = {}): FieldErrors {
  return toFieldErrors(t, error.fields, extraVars);
}

/** Same rule as core's assertStrongPassword, so a password the meter accepts is never refused. */
export function passwordProblem(t: TFunction, password: string): string | null {
  if (password.length === 0) return fieldMessage(t, 'required');
  return isAcceptablePassword(password) ? null : fieldMessage(t, 'weakPassword', { min: PASSWORD_MIN_LENGTH });
}

export function confirmProblem(t: TFunction, password: string, confirm: string): string | null {
  if (confirm.length === 0) return fieldMessage(t, 'required');
  return password === confirm ? null : fieldMessage(t, 'passwordsDiffer');
}

/** Renames paths (core's `manager.password` → the form's `password`). */
export function renamePaths(errors: FieldErrors, map: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) out[map[path] ?? path] = message;
  return out;
}

/**
 * Refusals fully explained next to a field (a taken username, a weak password) need no
 * second, louder message above the buttons.
 */
export function explainedByFields(error: ApiError, errors: FieldErrors): boolean {
  return (error.code === 'USERNAME_TAKEN' || error.code === 'WEAK_PASSWORD') && hasErrors(errors);
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
