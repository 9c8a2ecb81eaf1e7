import type { enCare } from './en-care';
import type { DeepPartial } from '../translate';

/**
 * Kinyarwanda for the trafficking profile and consents: only what could be translated with
 * confidence; everything else falls back to English until a native speaker reviews it.
 */
export const rwCare: DeepPartial<typeof enCare> = {
  trafficking: {
    recruiterRelationship: {
      parent: 'Umubyeyi',
      friend: 'Inshuti',
      neighbour: 'Umuturanyi',
      employer: 'Umukoresha',
    },
    employmentStatus: {
      student: 'Umunyeshuri',
      unknown: 'Ntibizwi',
    },
    labourSector: {
      agriculture: 'Ubuhinzi',
      construction: 'Ubwubatsi',
    },
    regionPreset: {
      east_africa: "Afurika y'Iburasirazuba",
      drc: 'RD Congo',
    },
  },
};
