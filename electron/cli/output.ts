import type { AppError, ErrorCode, ErrorParams } from '../../shared/errors';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { PASSWORD_MIN_LENGTH } from '../../shared/domain/password';
import { translate } from '../../shared/i18n/translate';

export function print(line = ''): void {
  process.stdout.write(line + '\n');
}

export function printError(message: string): void {
  process.stderr.write(`amizero: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

/** Core's error codes in the words the app itself uses (shared/i18n), with their placeholders filled. */
export function coreErrorMessage(code: ErrorCode, retryAfterMs?: number, params: ErrorParams = {}): string {
  const made = typeof params.made === 'string' ? Date.parse(params.made) : NaN;
  return translate('en', `errors.${code}`, {
    seconds: Math.max(1, Math.ceil((retryAfterMs ?? 0) / 1000)),
    min: PASSWORD_MIN_LENGTH,
    ...params,
    // A named refusal's date, as the app shows it: the shelter's default zone.
    ...(Number.isNaN(made)
      ? {}
      : { made: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: DEFAULT_SETTINGS.timeZone }).format(made) }),
  });
}

export function describeCoreError(e: AppError): string {
  return coreErrorMessage(e.code, e.retryAfterMs, e.params);
}

/** Plain text columns; the last column is not padded so lines carry no trailing spaces. */
export function table(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/**
 * Where core reports internal errors (with a stack). Hidden unless AMIZERO_DEBUG is set,
 * so a failure stays one translated line; core never puts inputs in these lines.
 */
export function coreLog(line: string): void {
  if (process.env.AMIZERO_DEBUG) process.stderr.write(line + '\n');
}
