import type { Locale } from '../domain/settings';
import type { Catalog } from './translate';

/**
 * Catalogue sections whose wording is a non-native draft and awaits a native speaker's review
 * (see glossary.md). The text is complete and shown as is; this list is what a reviewer works
 * through, and what the coverage test counts. Remove a section once it has been reviewed.
 */
export const AWAITING_REVIEW: Readonly<Partial<Record<Locale, readonly (keyof Catalog)[]>>> = {
  rw: [
    'access',
    'breakGlass',
    'unassigned',
    'partners',
    'sharing',
    'admit',
    'beds',
    'stay',
    'stayLimit',
    'residentList',
    'dialogs',
    'backup',
    'newComputer',
    'residentFile',
    'residentFields',
    'documents',
    'referralsOut',
    'trafficking',
    'consent',
    'care',
    'residentHistory',
    'errors',
    'audit',
    'residentEnums',
    'residentValidation',
    'common',
    'startup',
    'lock',
    'changePassword',
    'layout',
    'nav',
    'home',
    'staff',
    'settings',
    'residents',
    'auditLog',
    'keys',
    'trust',
    'reauth',
    'coreHost',
    'dateField',
    'residentSearch',
    'admitDiscard',
    'myResidents',
    'groupSession',
    'sessionDrafts',
    'who5',
    'rehabUi',
    'rehabEnums',
    'rehabForms',
    'rehabScreens',
    'printing',
    'dischargeFollowUps',
    'homeWeek',
    'homeVisits',
    'outreachPickers',
    'rights',
    'accessExport',
    'corrections',
    'residentScreens',
    'backupChains',
    'chainRestore',
    'backupPieces',
    'scheduleAfterRestore',
    'a11y',
    'homeRole',
    'reports',
    'outreach',
    'reintegration',
    'referralSlip',
    'referralDetails',
    'anonymised',
    'reportPrint',
    'reportSections',
    'visitsPaging',
    'erasure',
    'retention',
    'app',
    'roles',
    'validation',
    'password',
    'fieldErrors',
    'passwordMeter',
    'setup',
    'signIn',
    'recover',
  ],
};

/**
 * Sections a native speaker has reviewed, by language: a section of the catalogue is in
 * exactly one of the two lists (tested), so a new section cannot slip past the reviewer.
 */
export const REVIEWED: Readonly<Partial<Record<Locale, readonly (keyof Catalog)[]>>> = { rw: [] };

/** Whether a key's text in this language still awaits a native speaker's review. */
export function needsReview(locale: Locale, key: string): boolean {
  const section = key.split('.')[0] as keyof Catalog;
  return AWAITING_REVIEW[locale]?.includes(section) ?? false;
}
