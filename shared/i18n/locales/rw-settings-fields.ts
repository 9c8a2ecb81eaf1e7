/** Kinyarwanda help and refusals for the anonymisation and follow-up settings (spread into rw.ts). */
export const rwSettingsFieldsHelp = {
  anonymisationK:
    'Mbere y’uko amakuru atagaragaza umuntu asohorwa, buri tsinda ry’imyaka, igitsina, ubwenegihugu, igihugu yakoreshejwemo n’umwaka bisangiwe n’abantu bari munsi y’uyu mubare rirasibwa. Hagati ya 5 na 100.',
  followUpMonths:
    'Amezi nyuma yo gusohoka umuntu agomba gusurwa, atandukanyijwe n’akitso, urugero 1, 3, 6, 12. Kuva kuri 1 kugeza kuri 24, gusura 12 gusa ni byo byinshi. Gahunda nshya zo gukurikirana ni yo zizakoresha.',
};

export const rwSettingsFieldsValidation = {
  followUpMonthsList:
    'Andika amezi yuzuye kuva kuri 1 kugeza kuri 24, atandukanyijwe n’akitso (12 gusa ni yo menshi), urugero 1, 3, 6, 12.',
};
