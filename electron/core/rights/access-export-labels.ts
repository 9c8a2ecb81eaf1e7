import type { Locale } from '../../../shared/domain/settings';
import { countryName } from '../../../shared/enums/countries';
import { formatDate, formatDateTime } from '../../../shared/i18n/format';
import { en } from '../../../shared/i18n/locales/en';
import { translate } from '../../../shared/i18n/translate';
import { EXPORT_HIDDEN_COLUMNS, EXPORT_VALUES } from '../../../shared/rights/export-fields';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A column's label in her language; null for a column the PDF leaves to the JSON (search and sort keys). */
export function exportFieldLabel(locale: Locale, column: string): string | null {
  if (EXPORT_HIDDEN_COLUMNS.has(column)) return null;
  // A column without a label (the export test fails on one) is shown by its name rather than dropped.
  return Object.hasOwn(en.accessExport.field, column) ? translate(locale, `accessExport.field.${column}`) : column;
}

/** A JSON array stored as text, or null when the text is not one. */
function storedList(v: unknown): unknown[] | null {
  if (typeof v !== 'string' || !v.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function plain(locale: Locale, timeZone: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    if (ISO_DATE.test(v)) return formatDate(locale, v);
    if (ISO_INSTANT.test(v)) return formatDateTime(locale, v, timeZone);
    const list = storedList(v);
    if (list && list.every((x) => typeof x !== 'object' || x === null)) return list.map(String).join(', ');
    return v;
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A stored value as words: enumerations and countries through the catalogues, dates on the shelter's clock. */
export function exportValueText(locale: Locale, timeZone: string, table: string, column: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  const how = EXPORT_VALUES[table]?.[column];
  if (!how) return plain(locale, timeZone, v);
  switch (how.kind) {
    case 'enum':
      return how.values.includes(String(v)) ? translate(locale, `${how.prefix}.${String(v)}`) : String(v);
    case 'enumList':
      return (storedList(v) ?? [])
        .map((x) => (how.values.includes(String(x)) ? translate(locale, `${how.prefix}.${String(x)}`) : String(x)))
        .join(', ');
    case 'country':
      return countryName(String(v), locale);
    case 'countries':
      return (storedList(v) ?? []).map((x) => countryName(String(x), locale)).join(', ');
    case 'yesNo':
      return translate(locale, Number(v) ? 'accessExport.yes' : 'accessExport.no');
  }
}
