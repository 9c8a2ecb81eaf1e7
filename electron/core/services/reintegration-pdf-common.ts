import type { Locale } from '../../../shared/domain/settings';
import { translate } from '../../../shared/i18n/translate';
import type { PdfSpec } from '../pdf';
import type { AppDb } from '../db/kysely';
import { readSettings } from './settings';
import { todayIso } from './residents-records';

/** A translator bound to the language the person printed in. */
export const tr = (locale: Locale) => (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);

/** Every reintegration PDF's footer: the shelter, the day printed (where the shelter is) and page numbers. */
export async function pdfFooter(db: AppDb, locale: Locale, now: number): Promise<NonNullable<PdfSpec['footer']>> {
  const settings = await readSettings(db);
  const t = tr(locale);
  return {
    text: t('reintegration.pdf.footer', { organisation: settings.organisationName, date: todayIso(settings.timeZone, now) }),
    pageLabel: t('reintegration.pdf.page'),
  };
}

/** Today where the shelter is, by its time-zone setting. */
export async function shelterToday(db: AppDb, now: number): Promise<string> {
  return todayIso((await readSettings(db)).timeZone, now);
}
