import { REINTEGRATION_DIMENSIONS, REINTEGRATION_INDICATOR_IDS, REINTEGRATION_INDICATORS } from '../../../shared/enums/reintegration';
import type { Locale } from '../../../shared/domain/settings';
import { firstName } from '../access/redact';
import type { PdfSpec } from '../pdf';
import { reintegrationRepo } from '../repositories/reintegration';
import { residentsRepo } from '../repositories/residents';
import { partnersRepo } from '../repositories/partners';
import type { Session } from '../session';
import { planView } from './reintegration-plan';
import { dueVisit } from './reintegration-schedule';
import { pdfFooter, tr } from './reintegration-pdf-common';
import { toVisitView } from './reintegration-visits';

/**
 * The one-page sheet a social worker takes to a visit where the laptop cannot go: code,
 * first name, village, household contact, the last scores and blanks for the new ones.
 * Nothing of what happened to her (no trafficking profile, no health, no counselling) is on it,
 * since paper can be lost.
 */
export async function fieldSheetSpec(session: Session, visitId: string, locale: Locale, now: number): Promise<PdfSpec> {
  const t = tr(locale);
  const visit = await dueVisit(session, visitId);
  const resident = (await residentsRepo.byId(session.db, visit.resident_id))!;
  const plan = await planView(session, visit.resident_id);
  const last = (await reintegrationRepo.visitsOf(session.db, visit.resident_id))
    .map(toVisitView)
    .filter((v) => v.status === 'done' && v.scores)
    .sort((a, b) => (a.visitedOn! < b.visitedOn! ? -1 : 1))
    .at(-1);
  const authority = plan?.authority ? await partnersRepo.byId(session.db, plan.authority.partnerId) : undefined;
  const d = plan?.destination;
  const place = d ? [d.village, d.cell, d.sector, d.district].filter(Boolean).join(', ') || (d.place ?? d.country) : '';
  const contact = plan?.householdContact;
  const dims = REINTEGRATION_DIMENSIONS;
  return {
    title: `${t('reintegration.pdf.fieldSheetTitle')} — ${resident.code}`,
    language: locale,
    blocks: [
      { kind: 'heading', text: t('reintegration.pdf.fieldSheetTitle') },
      { kind: 'paragraph', text: t('reintegration.pdf.fieldSheetIntro'), small: true },
      {
        kind: 'fields',
        fields: [
          { label: t('reintegration.pdf.code'), value: resident.code },
          { label: t('reintegration.pdf.firstName'), value: firstName(resident.given_names) || resident.display_name },
          { label: t(d?.village ? 'reintegration.pdf.village' : 'reintegration.pdf.destination'), value: place },
          { label: t('reintegration.pdf.contact'), value: contact ? `${contact.name} (${contact.relationship})` : '' },
          { label: t('reintegration.pdf.phone'), value: contact?.phone ?? '' },
          {
            label: t('reintegration.pdf.authority'),
            value: authority ? authority.name + (authority.phone ? ` — ${authority.phone}` : '') : '',
          },
          {
            label: t('reintegration.pdf.visitDue'),
            value: `${visit.due_on}${visit.month ? ` — ${t('reintegration.schedule.month', { month: visit.month })}` : ''}`,
          },
        ],
      },
      {
        kind: 'heading',
        level: 2,
        text: last ? t('reintegration.pdf.lastScoresOn', { date: last.visitedOn! }) : t('reintegration.pdf.lastScores'),
      },
      last?.scores
        ? {
            // One row: the three dimensions and the composite side by side, to keep the sheet on one page.
            kind: 'table',
            columns: [...dims.map((dim) => ({ header: t(`reintegration.dimension.${dim}`) })), { header: t('reintegration.composite') }],
            rows: [[...dims.map((dim) => last.scores![dim].toFixed(2)), last.scores.composite.toFixed(2)]],
          }
        : { kind: 'paragraph', text: t('reintegration.pdf.noScores') },
      { kind: 'heading', level: 2, text: t('reintegration.pdf.visitBlock') },
      {
        // Boxes to fill in by hand, in one row so the sheet stays on one page.
        kind: 'table',
        rowHeight: 28,
        columns: ['visitedOn', 'mode', 'visitors', 'reached'].map((k) => ({ header: t(`reintegration.pdf.${k}`) })),
        rows: [['', '', '', '']],
      },
      {
        kind: 'table',
        columns: [
          { header: t('reintegration.pdf.indicator'), width: 4 },
          { header: t('reintegration.pdf.dimension'), width: 2 },
          { header: t('reintegration.pdf.newRating'), width: 2 },
        ],
        rows: REINTEGRATION_INDICATOR_IDS.map((id) => [
          t(`reintegration.indicator.${id}`),
          t(`reintegration.dimension.${REINTEGRATION_INDICATORS[id]}`),
          '',
        ]),
      },
      { kind: 'blanks', lines: [t('reintegration.pdf.findings')], linesEach: 3 },
      { kind: 'blanks', lines: [t('reintegration.pdf.newRisks'), t('reintegration.pdf.actions')], linesEach: 1 },
      { kind: 'fields', fields: [{ label: t('reintegration.pdf.nextVisit'), value: '' }] },
    ],
    footer: await pdfFooter(session.db, locale, now),
  };
}
