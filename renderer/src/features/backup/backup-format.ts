import type { TFunction } from '../../i18n/useT';

/** File sizes the way a person reads them: one decimal below 10, none above. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${bytes} ${units[0]}`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** "3 days", "5 hours", "less than an hour": precise enough to decide whether to act. */
export function formatAge(t: TFunction, hours: number): string {
  if (hours < 1) return t('backup.ages.lessThanHour');
  if (hours < 48) return t('backup.ages.hours', { n: Math.floor(hours) });
  return t('backup.ages.days', { n: Math.floor(hours / 24) });
}

/** Time left, rounded up so it never promises less than it will take. */
export function formatEta(t: TFunction, seconds: number): string {
  if (seconds < 90) return t('backup.progress.seconds', { n: Math.max(1, Math.ceil(seconds / 5) * 5) });
  return t('backup.progress.minutes', { n: Math.ceil(seconds / 60) });
}

/** The public keys typed one per line; blank lines ignored. Returns the 1-based lines that are not keys. */
export function parseRecipients(text: string, isKey: (line: string) => boolean): { keys: string[]; badLines: number[] } {
  const keys: string[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (isKey(line)) keys.push(line);
    else badLines.push(i + 1);
  });
  return { keys, badLines };
}
