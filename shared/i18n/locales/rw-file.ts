import type { enFile } from './en-file';
import type { DeepPartial } from '../translate';

/**
 * Kinyarwanda for the resident file: only what could be translated with confidence; the rest
 * falls back to English until a native speaker reviews it.
 */
export const rwFile: DeepPartial<typeof enFile> = {
  residentFile: {
    tabs: {
      identity: 'Umwirondoro',
      documents: 'Inyandiko',
    },
    facts: {
      age: 'Imyaka',
    },
    consent: {
      state: { refused: 'Yanze' },
      refusedOnBy: 'Yanze ku wa {date} · {method} · {by}',
      refusalRecorded: 'Kwanga byanditswe.',
    },
    referral: {
      room: 'Icyumba',
      bed: 'Igitanda',
    },
  },
};
