/** English for what a walk through the app found missing (spread into en.ts). */
export const enUx = {
  admitDiscard: {
    title: 'Discard this admission?',
    body: 'What you typed for this admission is deleted and cannot be brought back.',
    keep: 'Keep typing',
    confirm: 'Discard',
  },
  myResidents: {
    title: 'My residents',
    intro: 'Residents in the shelter assigned to you, highest risk first.',
    none: 'No resident in the shelter is assigned to you yet. A shelter manager assigns staff on each file.',
    resident: 'Resident',
    bed: 'Room and bed',
    risk: 'Risk level',
  },
  residentSearch: {
    noLetters: 'A search needs letters or digits (a name, code or phone). Symbols and emoji alone find nobody.',
  },
};
