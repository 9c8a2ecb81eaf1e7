import type { DeepPartial } from '../translate';
import type { enAdmit } from './en-admit';

/**
 * Kinyarwanda for admission and beds: only the words we are sure of (administrative levels,
 * common field names); everything else falls back to English until a native speaker adds it.
 */
export const rwAdmit: DeepPartial<typeof enAdmit> = {
  admit: {
    next: 'Komeza',
    fields: {
      sex: 'Igitsina',
      languages: 'Indimi avuga',
      phone: 'Telefone',
      country: 'Igihugu akomokamo',
    },
  },
  beds: {
    title: "Ibyumba n'ibitanda",
    nav: 'Ibitanda',
  },
};
