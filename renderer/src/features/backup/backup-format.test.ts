import { describe, expect, it } from 'vitest';
import { ageRecipientSchema } from '../../../../shared/domain/backup-schedule';
import { translate, type MessageKey } from '../../../../shared/i18n/translate';
import { formatAge, formatBytes, formatEta, parseRecipients } from './backup-format';

const t = (key: MessageKey | `password.strength.${number}`, vars?: Record<string, string | number>) => translate('en', key, vars);
const isKey = (s: string) => ageRecipientSchema.safeParse(s).success;
const KEY = 'age1' + 'q'.repeat(58);

describe('backup screen formatting', () => {
  it('shows sizes in decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_500)).toBe('1.5 KB');
    expect(formatBytes(212_000_000)).toBe('212 MB');
    expect(formatBytes(3_400_000_000)).toBe('3.4 GB');
  });

  it('says the age of a backup in hours, then days', () => {
    expect(formatAge(t, 0.2)).toBe('less than an hour');
    expect(formatAge(t, 5.9)).toBe('5 hours');
    expect(formatAge(t, 47)).toBe('47 hours');
    expect(formatAge(t, 24 * 9 + 3)).toBe('9 days');
  });

  it('rounds the time left up', () => {
    expect(formatEta(t, 0.4)).toBe('5 seconds');
    expect(formatEta(t, 41)).toBe('45 seconds');
    expect(formatEta(t, 91)).toBe('2 minutes');
  });

  it('reads public keys one per line and names the lines that are not keys', () => {
    expect(parseRecipients(`\n${KEY}\n  \nnot-a-key\n${KEY.toUpperCase()}`, isKey)).toEqual({ keys: [KEY], badLines: [4, 5] });
    expect(parseRecipients('', isKey)).toEqual({ keys: [], badLines: [] });
  });
});
