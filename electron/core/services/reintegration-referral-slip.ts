import { AppError } from '../../../shared/errors';
import type { Locale } from '../../../shared/domain/settings';
import { SHARING_CATEGORIES, type SharingCategory } from '../../../shared/enums/sharing';
import { countryName } from '../../../shared/enums/countries';
import type { PdfBlock, PdfSpec } from '../pdf';
import { partnersRepo } from '../repositories/partners';
import { referralsOutRepo } from '../repositories/residents-referrals-out';
import { residentsRepo } from '../repositories/residents';
import { documentsRepo } from '../repositories/residents-documents';
import type { Session } from '../session';
import { hasConsent } from './residents-consent';
import { pdfFooter, tr } from './reintegration-pdf-common';
import type { AppDb } from '../db/kysely';

const list = (json: string | null | undefined): string[] => (json ? (JSON.parse(json) as string[]) : []);

/**
 * The categories of a referral that her sharing consent covers for its partner today. A
 * referral whose categories are not all covered is refused, naming the consent missing, as
 * sending it is (the Access issue's gate): a slip never carries less than the referral says
 * without saying so, nor more than she agreed to.
 */
async function consentedCategories(db: AppDb, residentId: string, partner: { id: string; type: string }, wanted: SharingCategory[]) {
  const covered: SharingCategory[] = [];
  for (const c of wanted) if (await hasConsent(db, residentId, 'sharing', { partner, categories: [c] })) covered.push(c);
  const missing = wanted.filter((c) => !covered.includes(c));
  if (missing.length)
    throw new AppError('CONSENT_REQUIRED', 'no sharing consent in force covers this partner for every category of the referral', {
      fields: [{ path: 'consent', code: 'sharing', message: missing.join(',') }],
    });
  return covered;
}

/** A slip for an existing referral out: only the categories her consent allows for that partner. */
export async function referralSlipSpec(
  session: Session,
  referralOutId: string,
  locale: Locale,
  now: number,
): Promise<{ spec: PdfSpec; residentId: string; categories: SharingCategory[] }> {
  const t = tr(locale);
  const ref = await referralsOutRepo.byId(session.db, referralOutId);
  if (!ref) throw new AppError('NOT_FOUND', 'no such referral');
  const partner = ref.partner_id ? await partnersRepo.byId(session.db, ref.partner_id) : undefined;
  if (!partner) throw new AppError('PARTNER_NOT_FOUND', 'this referral names no partner from the directory');
  const wanted = (list(ref.categories) as SharingCategory[]).filter((c) => SHARING_CATEGORIES.includes(c));
  const categories = await consentedCategories(session.db, ref.resident_id, { id: partner.id, type: partner.type }, wanted);
  const r = (await residentsRepo.byId(session.db, ref.resident_id))!;
  const none = t('reintegration.pdf.noneRecorded');
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: t('reintegration.pdf.slipTitle') },
    { kind: 'paragraph', text: t('reintegration.pdf.slipIntro'), small: true },
    {
      kind: 'fields',
      fields: [
        { label: t('reintegration.pdf.to'), value: partner.name + (partner.contact_person ? ` — ${partner.contact_person}` : '') },
        { label: t('reintegration.pdf.referredOn'), value: ref.referred_on },
        { label: t('reintegration.pdf.code'), value: r.code },
        { label: t('reintegration.pdf.reason'), value: ref.reason ?? '' },
        { label: t('reintegration.pdf.shared'), value: categories.map((c) => t(`sharing.category.${c}`)).join(', ') },
      ],
    },
  ];
  const section = async (c: SharingCategory): Promise<PdfBlock[]> => {
    switch (c) {
      case 'identity':
        return [
          { kind: 'heading', level: 2, text: t('reintegration.pdf.identity') },
          {
            kind: 'fields',
            fields: [
              { label: t('reintegration.pdf.fullName'), value: [r.given_names, r.family_name].filter(Boolean).join(' ') || r.display_name },
              { label: t('reintegration.pdf.dateOfBirth'), value: r.date_of_birth ?? none },
              {
                label: t('reintegration.pdf.nationality'),
                value:
                  list(r.nationalities)
                    .map((n) => countryName(n, locale))
                    .join(', ') || none,
              },
            ],
          },
        ];
      case 'contact':
        return [
          { kind: 'heading', level: 2, text: t('reintegration.pdf.contactBlock') },
          {
            kind: 'fields',
            fields: [
              { label: t('reintegration.pdf.phone'), value: r.phone ?? none },
              { label: t('reintegration.pdf.address'), value: originText(r) || none },
            ],
          },
        ];
      case 'trafficking_profile': {
        const p = await session.db.selectFrom('trafficking_profiles').selectAll().where('resident_id', '=', r.id).executeTakeFirst();
        return [
          { kind: 'heading', level: 2, text: t('reintegration.pdf.profile') },
          {
            kind: 'fields',
            fields: [
              {
                label: t('reintegration.pdf.exploitation'),
                value:
                  list(p?.exploitation_types)
                    .map((x) => t(`trafficking.exploitationType.${x}`))
                    .join(', ') || none,
              },
              {
                label: t('reintegration.pdf.countries'),
                value:
                  list(p?.exploitation_countries)
                    .map((n) => countryName(n, locale))
                    .join(', ') || none,
              },
            ],
          },
        ];
      }
      case 'health':
        return [
          { kind: 'heading', level: 2, text: t('reintegration.pdf.health') },
          { kind: 'fields', fields: [{ label: t('reintegration.pdf.healthNotes'), value: r.health_notes ?? none }] },
        ];
      case 'counselling_summary':
        return [
          { kind: 'heading', level: 2, text: t('reintegration.pdf.counselling') },
          { kind: 'fields', fields: [{ label: t('reintegration.pdf.riskLevel'), value: t(`residentEnums.riskLevel.${r.risk_level}`) }] },
        ];
      case 'documents': {
        const docs = (await documentsRepo.listForResident(session.db, r.id)).filter((d) => d.removed_at === null);
        return [
          { kind: 'heading', level: 2, text: t('reintegration.pdf.documents') },
          { kind: 'paragraph', text: docs.map((d) => t(`documents.kind.${d.kind}`)).join(', ') || none },
        ];
      }
    }
  };
  for (const c of categories) blocks.push(...(await section(c)));
  blocks.push({ kind: 'space', lines: 2 }, { kind: 'fields', fields: [{ label: t('reintegration.pdf.signature'), value: '' }] });
  return {
    spec: {
      title: `${t('reintegration.pdf.slipTitle')} — ${r.code}`,
      language: locale,
      blocks,
      footer: await pdfFooter(session.db, locale, now),
    },
    residentId: r.id,
    categories,
  };
}

function originText(r: {
  origin_village?: string | null;
  origin_cell?: string | null;
  origin_sector?: string | null;
  origin_district?: string | null;
}): string {
  return [r.origin_village, r.origin_cell, r.origin_sector, r.origin_district].filter(Boolean).join(', ');
}
