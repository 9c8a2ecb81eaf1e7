import { useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { apiFieldErrors, type FieldErrors } from '../../forms/field-errors';
import { useT } from '../../i18n/useT';

/**
 * One submit for the reintegration forms: a refusal naming fields lands next to them
 * (nothing typed is lost), any other refusal shows above the form.
 */
export function useSubmit(): {
  busy: boolean;
  error: ApiError | null;
  errors: FieldErrors;
  run: (f: () => Promise<unknown>, then?: () => void) => Promise<void>;
} {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const run = async (f: () => Promise<unknown>, then?: () => void) => {
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      await f();
      then?.();
    } catch (e) {
      const api = toApiError(e);
      const fields = apiFieldErrors(t, api);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setError(api);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, errors, run };
}
