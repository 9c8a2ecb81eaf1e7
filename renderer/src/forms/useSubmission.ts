import { useEffect, useRef, useState, type FormEvent } from 'react';
import { retranslate } from '../../../shared/i18n/retranslate';
import { useLocaleStore } from '../i18n/locale-store';
import { toApiError, type ApiError } from '../api/api-error';
import { useT } from '../i18n/useT';
import { apiFieldErrors, explainedByFields, hasErrors, type FieldErrors } from './field-errors';
import { focusFirstInvalid } from './focus';

type Vars = Record<string, string | number>;

/** A refusal from core as the form will show it. */
export interface RefusalView {
  /** Core's field messages, translated. */
  fields: FieldErrors;
  /** The message above the buttons; null when the fields already say it all. */
  alert: ApiError | null;
}

export interface SubmissionOptions {
  /** Placeholders a field message needs that core's issue cannot carry (both ends of a range). */
  fieldVars?: Record<string, Vars>;
  /**
   * For a form that says a refusal its own way. Gets the default view (fields, and the alert
   * unless the fields explain it); returns another view, nothing to keep the default, or
   * 'handled' when the form has moved on (another screen) and nothing should be shown.
   */
  onRefused?: (error: ApiError, view: RefusalView) => RefusalView | 'handled' | void;
  /** Where the keyboard goes after a refusal; by default the first field marked invalid. */
  focusAfterRefusal?: () => void;
  /** Field errors kept outside the form (the setup wizard shows them on other steps). */
  errorStore?: { errors: FieldErrors; setErrors: (errors: FieldErrors) => void };
}

export interface Submission {
  errors: FieldErrors;
  error: ApiError | null;
  busy: boolean;
  /** When core will accept another attempt (a Date.now() time), after a throttled refusal. */
  retryAt: number | null;
  setErrors(errors: FieldErrors): void;
  /** Typing in a field takes its message away. */
  clearFieldError(field: string): void;
  clearRetry(): void;
  /** Back to a blank form: no messages at all. */
  reset(): void;
  /** Sends once nothing is found wrong locally; `send` throws core's refusal. */
  run(send: () => Promise<void>, check?: () => FieldErrors): Promise<void>;
  /** `run` as a form's onSubmit. */
  onSubmit(check: () => FieldErrors, send: () => Promise<void>): (e: FormEvent) => Promise<void>;
}

/**
 * Shows what the form found wrong itself and puts the cursor on the first such field.
 * True when nothing was found, so the form can go on.
 */
export function acceptOrShow(found: FieldErrors, setErrors: (errors: FieldErrors) => void): boolean {
  setErrors(found);
  if (!hasErrors(found)) return true;
  focusFirstInvalid();
  return false;
}

/**
 * The one way every form submits: its own checks first, then core; a refusal is shown
 * next to the fields it concerns and, unless they already explain it, above the buttons.
 */
export function useSubmission(options: SubmissionOptions = {}): Submission {
  const t = useT();
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const errors = options.errorStore?.errors ?? localErrors;
  const setErrors = options.errorStore?.setErrors ?? setLocalErrors;

  // Messages already next to the fields are said again when the language changes.
  const locale = useLocaleStore((s) => s.locale);
  const shownIn = useRef(locale);
  useEffect(() => {
    const from = shownIn.current;
    shownIn.current = locale;
    if (from === locale || !hasErrors(errors)) return;
    setErrors(Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, retranslate(text, from, locale)])));
  }, [locale, errors, setErrors]);

  const run = async (send: () => Promise<void>, check?: () => FieldErrors) => {
    if (check && !acceptOrShow(check(), setErrors)) return;
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (caught) {
      const err = toApiError(caught);
      const fields = apiFieldErrors(t, err, options.fieldVars);
      const defaults: RefusalView = { fields, alert: explainedByFields(err, fields) ? null : err };
      const view = options.onRefused?.(err, defaults) ?? defaults;
      if (view === 'handled') return;
      setErrors(view.fields);
      setError(view.alert);
      setRetryAt(err.retryAfterMs ? Date.now() + err.retryAfterMs : null);
      (options.focusAfterRefusal ?? focusFirstInvalid)();
    } finally {
      setBusy(false);
    }
  };

  return {
    errors,
    error,
    busy,
    retryAt,
    setErrors,
    clearFieldError: (field) => {
      if (errors[field] === undefined) return;
      const { [field]: _cleared, ...rest } = errors;
      setErrors(rest);
    },
    clearRetry: () => setRetryAt(null),
    reset: () => {
      setErrors({});
      setError(null);
    },
    run,
    onSubmit: (check, send) => (e) => {
      e.preventDefault();
      return run(send, check);
    },
  };
}
