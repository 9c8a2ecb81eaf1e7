import { useState } from 'react';
import type { z } from 'zod';
import { toApiError, type ApiError } from '../../api/api-error';
import { apiFieldErrors, hasErrors, validateWith, type FieldErrors } from '../../forms/field-errors';
import { useT } from '../../i18n/useT';

/**
 * Checks a form with the schema core applies, then sends it. A refusal lands next to its field
 * (or above the buttons when it names none); the boxes keep what was typed either way.
 */
export function useFormSubmit() {
  const t = useT();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (schema: z.ZodType, values: Record<string, unknown>, send: () => Promise<void>) => {
    const local = validateWith(t, schema, values);
    setErrors(local);
    setFailure(null);
    if (hasErrors(local)) return;
    setBusy(true);
    try {
      await send();
    } catch (e) {
      const err = toApiError(e);
      const fields = apiFieldErrors(t, err);
      setErrors(fields);
      setFailure(hasErrors(fields) ? null : err);
    } finally {
      setBusy(false);
    }
  };

  return { errors, setErrors, failure, busy, submit };
}
