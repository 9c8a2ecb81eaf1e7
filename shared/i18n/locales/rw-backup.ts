import type { DeepPartial } from '../translate';
import type { enBackup } from './en-backup';

/**
 * Kinyarwanda for backups: only the short words we are sure of; everything else falls
 * back to English until a native speaker reviews it.
 */
export const rwBackup: DeepPartial<typeof enBackup> = {
  dialogs: { titles: { reportExport: 'Bika raporo nka' } },
  backup: {
    schedule: {
      fullEveryDays: 'Kora ububiko bwuzuye bushya buri minsi ingahe (0: buri gihe bwuzuye)',
      chainMaxPercent: "Cyangwa iyo ububiko buto bukurikiyeho burenze iri % ry'ingano yabwo",
    },
    progress: {
      cancel: 'Reka',
      seconds: 'amasegonda {n}',
      minutes: 'iminota {n}',
    },
    ages: {
      minutes: 'iminota {n}',
      hours: 'amasaha {n}',
      days: 'iminsi {n}',
    },
  },
};
