import type { DeepPartial } from '../translate';
import type { enFields } from './en-fields';

/**
 * Kinyarwanda for the resident field labels: only what could be translated with confidence;
 * the rest falls back to English until a native speaker reviews it.
 */
export const rwFields: DeepPartial<typeof enFields> = {
  residentFields: {
    dateOfBirth: "Itariki y'amavuko",
    phone: 'Telefoni',
    numberOfChildren: "Umubare w'abana",
    place: {
      province: 'Intara',
      district: 'Akarere',
      sector: 'Umurenge',
      cell: 'Akagari',
      village: 'Umudugudu',
    },
  },
};
