import type { AppErrorData, ErrorCode, ErrorParams, FieldError } from '../../../shared/errors';

/** A refusal from core (or a broken bridge), carried as its typed code. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  readonly retryAfterMs: number | undefined;
  /** What a named refusal names; `made` is a UTC time (see errorMessage). */
  readonly params: ErrorParams | undefined;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.fields = data.fields ?? [];
    this.retryAfterMs = data.retryAfterMs;
    this.params = data.params;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** Anything thrown that is not from core is shown as an internal error, never as raw text. */
export function toApiError(e: unknown): ApiError {
  return isApiError(e) ? e : new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) });
}
