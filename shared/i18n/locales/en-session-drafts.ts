/** English for keeping counselling forms through a lock (spread into en.ts). */
export const enSessionDrafts = {
  sessionDrafts: {
    chooseResidentsFirst: 'Choose who took part first: what you type here is then kept safe, even if Amizero locks.',
    groupRestored: 'The group session you were filling in on {time} has been brought back: its name, residents, attendance and notes.',
    who5NotKept: 'WHO-5 answers are not kept while typing: enter them again.',
  },
};
