import { z } from 'zod';
import { channel } from '../define';
import { ALL_ROLES, MANAGER_ONLY } from '../../roles';
import { settingsPatchSchema, settingsSchema } from '../../domain/settings';

export const settingsChannels = {
  // The idle-lock timer needs the settings even on the change-password screen.
  'settings.get': channel({ input: z.object({}).strict(), output: settingsSchema, access: ALL_ROLES, beforePasswordChange: true }),
  'settings.update': channel({ input: settingsPatchSchema, output: settingsSchema, access: MANAGER_ONLY }),
};
