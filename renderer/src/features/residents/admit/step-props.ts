import type { FieldErrors } from '../../../forms/field-errors';
import type { AdmitValues } from './admission-form';

/** What every wizard step gets: the values, a way to change them, and messages keyed by core's paths. */
export interface StepProps {
  values: AdmitValues;
  set: <K extends keyof AdmitValues & string>(key: K, value: AdmitValues[K]) => void;
  /** Several fields at once (a country change clears the levels below it). */
  patch: (changes: Partial<AdmitValues>) => void;
  errors: FieldErrors;
}

/** The message for a field, or for any part of it (`identity.otherNames.1` shows on the aliases field). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path] !== undefined) return errors[path];
  const part = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return part === undefined ? undefined : errors[part];
}
