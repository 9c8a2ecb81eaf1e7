import type { enRehabForms } from './en-rehab-forms';

/** Ikinyarwanda: isuzuma ry'aho intego igeze. */
export const rwRehabForms: typeof enRehabForms = {
  rehabForms: {
    review: {
      title: "Isuzuma ry'aho intego igeze",
      add: "Ongeraho isuzuma ry'aho igeze",
      date: "Itariki y'isuzuma",
      note: 'Icyahindutse',
      save: 'Bika isuzuma',
      cancel: 'Funga',
    },
  },
};
