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
  consent: {
    purpose: { research: "Ubushakashatsi n'imibare bitagaragaza umuntu" },
    decision: { given: 'Yemeye', refused: 'Yanze' },
    fields: { decision: 'Icyemezo cye' },
  },
};

/** Messages for consent refusals (`residentValidation.`); to review with a native speaker. */
export const rwCareValidation = {
  'consent.refusalNamesNoPartner': 'Kwanga bireba intego yose: ntugire umufatanyabikorwa cyangwa amakuru uvuga.',
  'consent.refusalNotWithdrawn': 'Kwanga ntibikurwaho. Niba ubu yemeye, andika uburenganzira bushya yatanze.',
};
