import type { enAnonymised, enAnonymisedErrors } from './en-anonymised';

/** Kinyarwanda: urupapuro rw’amakuru atagaragaza abantu; to review with a native speaker (listed in the hand-over). */
export const rwAnonymised: typeof enAnonymised = {
  anonymised: {
    title: 'Amakuru atagaragaza abantu',
    link: 'Amakuru atagaragaza abantu',
    back: 'Subira kuri raporo',
    intro:
      'Dosiye y’abafatanyabikorwa n’abashakashatsi: ibice by’igipimo HTCDS (Human Trafficking Case Data Standard) mu miterere ya CTDC, umurongo umwe kuri buri muntu wemeye ko amakuru ye akoreshwa mu bushakashatsi. Nta mazina, nta buryo bwo kumubona, nta matariki nyayo, nta midugudu, nta nyandiko yanditswe n’intoki.',
    kLine:
      'Buri guhuza kw’ubwenegihugu, igihugu yakoreshejwemo, umwaka, itsinda ry’imyaka n’igitsina muri iyi dosiye bisangiwe n’abantu nibura {k}. Umuyobozi w’inzu ashyiraho uyu mubare (k) mu Igenamiterere.',
    format: 'Ubwoko bwa dosiye',
    formats: { csv: 'CSV', xlsx: 'Excel (XLSX)' },
    save: 'Bika amakuru atagaragaza abantu…',
    running: 'Amakuru atagaragaza abantu arimo gutegurwa…',
    progressLabel: 'Amakuru atagaragaza abantu arimo gutegurwa',
    savedAs: 'Byabitswe nka {name}.',
    result: {
      title: 'Ibiri muri dosiye',
      records: 'Abantu bari muri dosiye',
      suppressed: 'Amakuru yasibwe (yanditswe "*")',
      noConsent: 'Abantu basizwe: nta bwemere bw’ubushakashatsi bufite agaciro',
      dropped: 'Abantu basizwe: itsinda ryabo ryakomeje kuba rito kuri k',
      k: 'Itsinda rito cyane (k)',
    },
  },
};

export const rwAnonymisedErrors: typeof enAnonymisedErrors = {
  ANONYMISATION_K_INVALID:
    'Amakuru atagaragaza abantu asaba amatsinda y’abantu nibura {minimum}, ariko Igenamiterere rifite {k}. Umuyobozi w’inzu yongere ashyireho k mu Igenamiterere. Nta cyabitswe.',
};
