import type { enRehabScreens } from './en-rehab-screens';

/** Ikinyarwanda (igishushanyo gitegereje gusuzumwa): ibyongewe ku mapaji yo gusubiza mu buzima. */
export const rwRehabScreens: typeof enRehabScreens = {
  rehabScreens: {
    present: 'Abari bahari',
    nextConference: 'Isuzuma rikurikira ry’ikibazo',
  },
};
