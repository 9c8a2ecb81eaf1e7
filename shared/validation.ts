import type { z } from 'zod';
import type { FieldError } from './errors';

/**
 * Turns zod issues into field errors whose `code` is an i18n key under `validation.`,
 * so core's refusal and the form's own check show the same translated message.
 */
export function issuesToFieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    let code = 'invalid';
    const params: Record<string, unknown> = {};
    if (issue.code === 'too_small') {
      code = issue.origin === 'string' ? ('minimum' in issue && Number(issue.minimum) <= 1 ? 'required' : 'tooShort') : 'number';
      params.min = Number(issue.minimum);
    } else if (issue.code === 'too_big') {
      code = issue.origin === 'string' ? 'tooLong' : 'number';
      params.max = Number(issue.maximum);
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      code = 'required';
    } else if (issue.message === 'username.format') code = 'usernameFormat';
    else if (issue.message === 'siteCode.format') code = 'siteCodeFormat';
    else if (issue.message === 'timeZone.invalid') code = 'timeZoneInvalid';
    // Other refinements name their own i18n key (e.g. 'date.inFuture'): keep it as the code.
    else if (issue.code === 'custom' && /^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(issue.message)) code = issue.message;
    const message = Object.keys(params).length ? `${code}:${JSON.stringify(params)}` : code;
    return { path, code, message };
  });
}

/** Reads the parameters packed into a field error message by issuesToFieldErrors. */
export function fieldErrorParams(f: FieldError): Record<string, string | number> {
  const i = f.message.indexOf(':');
  if (i < 0) return {};
  try {
    return JSON.parse(f.message.slice(i + 1)) as Record<string, string | number>;
  } catch {
    return {};
  }
}
