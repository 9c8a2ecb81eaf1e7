import type { enRehabForms } from './en-rehab-forms';

/** Ikinyarwanda: isuzuma ry'aho intego igeze. */
export const rwRehabForms: typeof enRehabForms = {
  rehabForms: {
    conference: {
      title: 'Inama yo kwiga ku kibazo',
      record: 'Andika inama yo kwiga ku kibazo',
      heldOn: 'Itariki inama yabereyeho',
      staff: 'Abakozi bari bahari',
      partners: 'Abafatanyabikorwa bari bahari',
      residentPresent: 'Uwakiriwe yitabiriye',
      family: 'Umuryango wari uhari (amazina)',
      action: 'Igikorwa',
      owner: 'Ushinzwe',
      dueOn: 'Igihe ntarengwa',
      addAction: 'Ongeraho igikorwa',
      save: 'Bika inama',
    },
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
