import type { DeepPartial } from '../translate';
import type { enDocuments } from './en-documents';

/**
 * Kinyarwanda: only the short labels we are confident of; everything else falls back
 * to English until a native speaker reviews it.
 */
export const rwDocuments: DeepPartial<typeof enDocuments> = {
  documents: {
    title: 'Inyandiko',
    view: 'Reba',
    viewer: {
      close: 'Funga',
    },
    kind: {
      photo: 'Ifoto',
      other: 'Ibindi',
    },
  },
  referralsOut: {
    organisationType: {
      health: 'Ubuzima',
      education: 'Uburezi',
      local_authority: "Ubuyobozi bw'umudugudu cyangwa bw'umurenge",
      other: 'Ibindi',
    },
  },
};
