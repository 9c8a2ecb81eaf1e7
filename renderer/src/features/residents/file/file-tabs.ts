import type { ChannelName } from '../../../../../shared/contract';
import type { MessageKey } from '../../../../../shared/i18n/translate';

export const FILE_TABS = [
  'overview',
  'identity',
  'referral',
  'profile',
  'consent',
  'documents',
  'rehabilitation',
  'counselling',
  'reintegration',
  'history',
] as const;
export type FileTab = (typeof FILE_TABS)[number];

export interface FileTabInfo {
  label: MessageKey;
  /** The channel the tab reads; a role that may not call it does not see the tab. */
  channel: ChannelName;
}

/**
 * One place for the tabs' names and who sees them; the permission matrix decides, so a
 * counsellor sees identity and profile and no documents, exactly as core allows.
 */
export const FILE_TAB_INFO: Record<FileTab, FileTabInfo> = {
  overview: { label: 'residentFile.tabs.overview', channel: 'residents.get' },
  identity: { label: 'residentFile.tabs.identity', channel: 'residents.get' },
  referral: { label: 'residentFile.tabs.referral', channel: 'residents.get' },
  profile: { label: 'residentFile.tabs.profile', channel: 'residents.profile.get' },
  consent: { label: 'residentFile.tabs.consent', channel: 'residents.consents.list' },
  documents: { label: 'residentFile.tabs.documents', channel: 'residents.documents.list' },
  rehabilitation: { label: 'rehabUi.tabRehabilitation', channel: 'residents.plan.get' },
  counselling: { label: 'rehabUi.tabCounselling', channel: 'residents.sessions.list' },
  reintegration: { label: 'reintegration.tab', channel: 'residents.reintegration.get' },
  history: { label: 'residentFile.tabs.history', channel: 'residents.history' },
};

/** The tab named in the address (`?tab=identity`), or Overview for anything else. */
export function tabFromParam(value: string | null): FileTab {
  return (FILE_TABS as readonly string[]).includes(value ?? '') ? (value as FileTab) : 'overview';
}
