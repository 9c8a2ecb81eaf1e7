import type { z } from 'zod';
import { appChannels } from './channels/app';
import { setupChannels } from './channels/setup';
import { authChannels } from './channels/auth';
import { usersChannels } from './channels/users';
import { settingsChannels } from './channels/settings';
import { auditChannels } from './channels/audit';
import { draftChannels } from './channels/drafts';
import { backupChannels } from './channels/backup';
import { residentChannels } from './channels/residents';
import { residentCareChannels } from './channels/resident-care';
import { residentDocumentChannels } from './channels/resident-documents';
import { keysChannels } from './channels/keys';
import { accessChannels } from './channels/access';
import { rehabilitationChannels } from './channels/rehabilitation';
import { reportChannels } from './channels/reports';
import { reintegrationChannels } from './channels/reintegration';
import { homeChannels } from './channels/home';
import { erasureChannels } from './channels/erasure';
import { rightsChannels } from './channels/rights';
import type { Access } from './define';

/** The single declaration of every channel between the UI and core. */
export const contract = {
  ...appChannels,
  ...setupChannels,
  ...authChannels,
  ...usersChannels,
  ...settingsChannels,
  ...auditChannels,
  ...draftChannels,
  ...backupChannels,
  ...residentChannels,
  ...residentCareChannels,
  ...residentDocumentChannels,
  ...keysChannels,
  ...accessChannels,
  ...rehabilitationChannels,
  ...reportChannels,
  ...reintegrationChannels,
  ...homeChannels,
  ...erasureChannels,
  ...rightsChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The permission matrix as data: channel → who may call it. */
export const permissionMatrix: Record<ChannelName, Access> = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, contract[name].access]),
) as Record<ChannelName, Access>;

export { IPC_PREFIX } from './define';
export type { Access } from './define';
export * from './events';
