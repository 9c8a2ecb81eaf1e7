import type { Report } from '../../../shared/domain/reports';
import type { Locale } from '../../../shared/domain/settings';
import { countForExport } from '../../../shared/enums/reports';
import { translate } from '../../../shared/i18n/translate';
import { reportValueLabel } from '../../../shared/reports-labels';

/**
 * A report as it leaves the app: one row per value, labelled in the reader's language, with
 * counts from 1 to 4 written "<5". Sections with no figures say so in words, never as an
 * empty table. Only counts and labels: nothing here can name a person.
 */
export interface ExportTable {
  title: string;
  /** Period and site, as one line. */
  scope: string;
  headers: [string, string, string];
  rows: [string, string, string][];
  note: string;
}

export function exportTable(report: Report, locale: Locale): ExportTable {
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const rows: [string, string, string][] = [];
  for (const s of report.sections) {
    const section = t(`reports.section.${s.id}`);
    if (!s.available) rows.push([section, t('reports.notAvailable'), '']);
    else if (s.rows.length === 0) rows.push([section, t('reports.empty'), '']);
    else {
      for (const r of s.rows) rows.push([section, reportValueLabel(locale, s.id, r.key), countForExport(r.count)]);
      rows.push([section, t('reports.columns.total'), countForExport(s.total)]);
    }
  }
  return {
    title: t('reports.exportTitle'),
    scope: t('reports.exportScope', { from: report.from, to: report.to, site: report.site ?? t('reports.allSites') }),
    headers: [t('reports.columns.section'), t('reports.columns.value'), t('reports.columns.count')],
    rows,
    note: t('reports.smallCount'),
  };
}
