/** English for the rehabilitation screens' later additions (spread into en.ts). */
export const enRehabScreens = {
  rehabScreens: {
    present: 'Present',
    nextConference: 'Next case review',
  },
};
