import {
  IconAddressBook,
  IconClockHour4,
  IconBed,
  IconRoute,
  IconBuildingCommunity,
  IconCalendarWeek,
  IconChartBar,
  IconSpeakerphone,
  IconDatabaseExport,
  IconHome,
  IconListCheck,
  IconSettings,
  IconShieldCheck,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { ChannelName } from '../../../../shared/contract';
import type { MessageKey } from '../../../../shared/i18n/translate';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** One line and a button label for the home page's quick links. */
  description: MessageKey;
  action: MessageKey;
  icon: Icon;
  /** The channel the page cannot work without; the entry shows only if the role may call it. */
  channel: ChannelName | null;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.home', description: 'home.links.home', action: 'nav.home', icon: IconHome, channel: null },
  {
    path: '/residents',
    label: 'nav.residents',
    description: 'home.links.residents',
    action: 'home.actions.residents',
    icon: IconAddressBook,
    channel: 'residents.search',
  },
  {
    path: '/my-week',
    label: 'rehabUi.myWeekNav',
    description: 'rehabUi.myWeekDescription',
    action: 'rehabUi.myWeekAction',
    icon: IconCalendarWeek,
    channel: 'counselling.myWeek',
  },
  {
    path: '/beds',
    label: 'beds.nav',
    description: 'beds.navDescription',
    action: 'beds.navAction',
    icon: IconBed,
    channel: 'residents.bedBoard',
  },
  {
    path: '/visits',
    label: 'reintegration.myVisits.title',
    description: 'reintegration.myVisits.navDescription',
    action: 'reintegration.myVisits.title',
    icon: IconRoute,
    channel: 'reintegration.myVisits',
  },
  {
    path: '/partners',
    label: 'partners.nav',
    description: 'partners.intro',
    action: 'partners.title',
    icon: IconBuildingCommunity,
    channel: 'partners.list',
  },
  {
    path: '/reports',
    label: 'reports.nav',
    description: 'reports.navDescription',
    action: 'reports.navAction',
    icon: IconChartBar,
    channel: 'reports.run',
  },
  {
    path: '/outreach',
    label: 'outreach.nav',
    description: 'outreach.navDescription',
    action: 'outreach.navAction',
    icon: IconSpeakerphone,
    channel: 'outreach.list',
  },
  {
    path: '/staff',
    label: 'nav.staff',
    description: 'home.links.staff',
    action: 'home.actions.staff',
    icon: IconUsers,
    channel: 'users.list',
  },
  {
    path: '/settings',
    label: 'nav.settings',
    description: 'home.links.settings',
    action: 'home.actions.settings',
    icon: IconSettings,
    channel: 'settings.get',
  },
  {
    path: '/retention',
    label: 'retention.nav',
    description: 'retention.intro',
    action: 'retention.title',
    icon: IconClockHour4,
    channel: 'retention.review',
  },
  {
    path: '/audit',
    label: 'nav.auditLog',
    description: 'home.links.auditLog',
    action: 'home.actions.auditLog',
    icon: IconListCheck,
    channel: 'audit.list',
  },
  {
    path: '/rights',
    label: 'rights.nav',
    description: 'rights.navDescription',
    action: 'rights.navAction',
    icon: IconShieldCheck,
    channel: 'rights.register',
  },
  {
    path: '/backup',
    label: 'nav.backup',
    description: 'home.links.backup',
    action: 'home.actions.backup',
    icon: IconDatabaseExport,
    channel: 'backup.create',
  },
];
