import type { enSessionDrafts } from './en-session-drafts';

/** Ikinyarwanda (igishushanyo gitegereje gusuzumwa): kubika impapuro z'ibiganiro iyo Amizero yifunze. */
export const rwSessionDrafts: typeof enSessionDrafts = {
  sessionDrafts: {
    chooseResidentsFirst: "Banza uhitemo abitabiriye: ibyo wandika hano bizahita bibikwa neza, n'iyo Amizero yifunze.",
    groupRestored: "Ikiganiro cy'itsinda wuzuzaga ku wa {time} cyagaruwe: izina ryacyo, abacumbitsi, uko bitabiriye n'inyandiko.",
    who5NotKept: 'Ibisubizo bya WHO-5 ntibibikwa mu gihe wandika: ongera ubyuzuze.',
  },
};
